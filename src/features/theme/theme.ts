/** Light or dark: the system's choice until the switch is used, then the remembered one. */
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'parley:theme';

export function parseTheme(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

export function resolveTheme(stored: Theme | undefined, systemDark: boolean): Theme {
  return stored ?? (systemDark ? 'dark' : 'light');
}

export function readStoredTheme(): Theme | undefined {
  try {
    return parseTheme(localStorage.getItem(THEME_KEY));
  } catch {
    return undefined; // storage blocked: follow the system
  }
}

export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // not remembered, still applied
  }
}

export const systemQuery = (): MediaQueryList | undefined =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

/** Sets data-theme on <html> (the CSS variables follow); called before the first render too. */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

export function initialTheme(): Theme {
  return resolveTheme(readStoredTheme(), systemQuery()?.matches ?? false);
}
