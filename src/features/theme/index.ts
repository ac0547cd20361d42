export { applyTheme, initialTheme, resolveTheme, parseTheme, type Theme } from './theme';
export { useTheme } from './useTheme';
export { ThemeSwitch } from './ThemeSwitch';
