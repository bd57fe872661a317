/**
 * How the app is set up by whoever mounts it: the standalone page (from `window.location`),
 * later an iframe in embed mode or the `<coauthor-atlas>` element. Components read only this,
 * never `window.location` themselves.
 */
import type { ThemePreference } from './graph/theme';

export interface AtlasConfig {
  /** Graph file URL, resolved against the page. */
  dataUrl: string;
  /** Initial state as a query string (`author=…&with=…&from=…`); see graph/urlState.ts. */
  initialQuery: string;
  /** Mirror the state into the address bar and follow back/forward (the standalone page). */
  syncLocation: boolean;
  theme: ThemePreference;
  /** Remember the reader's theme choice in localStorage (not when a host page sets it). */
  persistTheme: boolean;
  /** Install `window.__coauthorAtlas` (see render/testHook.ts). */
  exposeHook: boolean;
}

export const DEFAULT_DATA_URL = 'graph.json';
export const THEME_STORAGE_KEY = 'coauthor-atlas:theme';

export const DEFAULT_CONFIG: AtlasConfig = {
  dataUrl: DEFAULT_DATA_URL,
  initialQuery: '',
  syncLocation: false,
  theme: 'system',
  persistTheme: false,
  exposeHook: false,
};

function isThemePreference(value: unknown): value is ThemePreference {
  return value === 'light' || value === 'dark' || value === 'system';
}

function storedTheme(storage: Pick<Storage, 'getItem'> | undefined): ThemePreference | null {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return isThemePreference(value) ? value : null;
  } catch {
    return null; // storage can throw (privacy modes, sandboxed iframes)
  }
}

/** The standalone page's configuration: `?data=` and `?theme=` plus the saved theme. */
export function configFromLocation(
  location: Pick<Location, 'search'>,
  storage?: Pick<Storage, 'getItem'>,
): AtlasConfig {
  const params = new URLSearchParams(location.search);
  const theme = params.get('theme');
  return {
    dataUrl: params.get('data')?.trim() || DEFAULT_DATA_URL,
    initialQuery: location.search,
    syncLocation: true,
    theme: isThemePreference(theme) ? theme : (storedTheme(storage) ?? 'system'),
    persistTheme: !isThemePreference(theme),
    exposeHook: true,
  };
}
