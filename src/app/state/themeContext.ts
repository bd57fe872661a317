import { getContext, setContext } from 'svelte';
import type { ThemeState } from '../theme/theme.svelte';

const THEME = Symbol('coauthor-atlas/theme');

export function provideTheme(theme: ThemeState): ThemeState {
  return setContext(THEME, theme);
}

export function useTheme(): ThemeState {
  const theme = getContext<ThemeState | undefined>(THEME);
  if (!theme) throw new Error('useTheme() outside of an atlas app');
  return theme;
}
