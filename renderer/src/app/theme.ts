// Themes are CSS variables keyed on `<html data-theme>`; "system" removes the attribute so the
// `prefers-color-scheme` media query in theme.css decides. No style injection (the CSP forbids it).
export type ThemeChoice = 'light' | 'dark' | 'system';

export const THEME_KEY = 'wallet-auditor.theme';

export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not fatal: the setting is also saved in the store.
  }
}

export function initialTheme(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark' || saved === 'system') return saved;
  } catch {
    // Fall through to the system theme.
  }
  return 'system';
}
