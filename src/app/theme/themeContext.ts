/** The theme's context: one theme state per mounted app (see defineContext.ts). */
import type { ThemeState } from './theme.svelte';
import { defineContext } from '../state/defineContext';

const themeContext = defineContext<ThemeState>('theme');

export const provideTheme = themeContext.provide;
export const useTheme = themeContext.use;
