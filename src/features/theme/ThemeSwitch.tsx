import type { Theme } from './theme';

interface Props {
  theme: Theme;
  onChange: (theme: Theme) => void;
}

/** A toggle button: pressed = dark. The choice is remembered (see useTheme). */
export function ThemeSwitch({ theme, onChange }: Props) {
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="theme-switch"
      aria-pressed={dark}
      title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'}
      onClick={() => onChange(dark ? 'light' : 'dark')}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark mode
    </button>
  );
}
