import { useCallback, useEffect, useState } from 'react';
import {
  applyTheme,
  initialTheme,
  readStoredTheme,
  storeTheme,
  systemQuery,
  type Theme,
} from './theme';

/** The page theme: follows the system until set, then remembered in this browser. */
export function useTheme(): [Theme, (t: Theme) => void] {
  const [theme, setThemeState] = useState<Theme>(initialTheme);
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    const q = systemQuery();
    if (!q) return;
    const onChange = () => {
      if (!readStoredTheme()) setThemeState(q.matches ? 'dark' : 'light');
    };
    q.addEventListener('change', onChange);
    return () => q.removeEventListener('change', onChange);
  }, []);
  const setTheme = useCallback((t: Theme) => {
    storeTheme(t);
    setThemeState(t);
  }, []);
  return [theme, setTheme];
}
