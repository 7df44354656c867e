import { useEffect, useLayoutEffect } from 'react';
import type { ThemeChoice } from '../theme/theme';
import { selectTheme } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';

/** Follows the system's light or dark preference and marks the page with the theme in force. */
export function ThemeController() {
  const theme = useAppStore(selectTheme);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => useAppStore.getState().setSystemPrefersDark(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  // In the commit itself, so a theme set synchronously (for printing) is on the page at once.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

/** Light, dark, or as the system says. */
export function ThemeSelect() {
  const choice = useAppStore((s) => s.themeChoice);
  const setThemeChoice = useAppStore((s) => s.setThemeChoice);
  return (
    <select
      className="theme-select"
      aria-label="Theme"
      value={choice}
      onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}
    >
      <option value="system">System theme</option>
      <option value="light">Light</option>
      <option value="dark">Dark</option>
    </select>
  );
}
