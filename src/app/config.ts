/**
 * How the app is set up by whoever mounts it: the standalone page or an iframe (from
 * `window.location`, see main.ts), the `<coauthor-atlas>` element (from its attributes, see
 * src/element/) or the one-file export. Components read only this, never `window.location`.
 */
import type { AtlasHost } from './host/host';
import { PAGE_PARAM, readPageParams } from './params/pageParams';
import { parseGraphAddress } from './params/parsers';
import { THEME_PARAM } from './params/schema';
import type { ThemePreference } from './theme/theme';
import type { EarlyGraphFetch } from './load/earlyFetch';

/** Where the full page, the element script and the graph live (absolute URLs). */
export interface AtlasLinks {
  /** The full page, without query: "open full view" and the Share / Embed dialog link here. */
  pageUrl: string;
  /** `data=` for links to the full page (null: its default graph.json is the right file). */
  data: string | null;
  /** The graph file itself (the element snippet's `src`). */
  graphUrl: string;
  /** coauthor-atlas.js, the web component. */
  scriptUrl: string;
}

export interface AtlasConfig {
  /** Graph file URL, resolved against the page. */
  dataUrl: string;
  /** The graph file's text when the page carries it (the one-file export): nothing is fetched. */
  inlineGraph: string | null;
  /** The request for `dataUrl` the page already started (see load/earlyFetch.ts), if any. */
  earlyGraph: EarlyGraphFetch | null;
  /** Initial state as a query string (`author=…&with=…&from=…`); see params/url.ts. */
  initialQuery: string;
  /** Mirror the state into the address bar and follow back/forward (the standalone page). */
  syncLocation: boolean;
  theme: ThemePreference;
  /** Remember the reader's theme choice in localStorage (not when a host page sets it). */
  persistTheme: boolean;
  /** Install `window.__coauthorAtlas` (see render/TestHook.svelte). */
  exposeHook: boolean;
  /** The compact view for embedding: no page header, filters in a drawer, "open full view". */
  embed: boolean;
  /** Offer "Review names" (the standalone page only: never an embed or the element). */
  review?: boolean;
  /** Search, filters, legend and details panels; without them the map stands alone. */
  panels: boolean;
  /** Whoever embeds the app (the page around an iframe, the element); null on a plain page. */
  host: AtlasHost | null;
  /** For "open full view" and Share / Embed; null where links make no sense (a file on disk). */
  links: AtlasLinks | null;
}

export const DEFAULT_DATA_URL = 'graph.json';
export const ELEMENT_SCRIPT = 'coauthor-atlas.js';
export const THEME_STORAGE_KEY = 'coauthor-atlas:theme';

export const DEFAULT_CONFIG: AtlasConfig = {
  dataUrl: DEFAULT_DATA_URL,
  inlineGraph: null,
  earlyGraph: null,
  initialQuery: '',
  syncLocation: false,
  theme: 'system',
  persistTheme: false,
  exposeHook: false,
  embed: false,
  panels: true,
  host: null,
  links: null,
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

/** Links for a page served over http(s); a page opened from disk has nothing to link to. */
function pageLinks(href: string, data: string | null): AtlasLinks | null {
  const page = new URL(href);
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return null;
  const pageUrl = `${page.origin}${page.pathname}`;
  return {
    pageUrl,
    data,
    graphUrl: new URL(data ?? DEFAULT_DATA_URL, pageUrl).href,
    scriptUrl: new URL(ELEMENT_SCRIPT, pageUrl).href,
  };
}

/** The page's `?data=` when it is a usable address (readPageParams warns about the rest). */
export function dataParam(search: string | URLSearchParams): string | null {
  const value = new URLSearchParams(search).get(PAGE_PARAM.data);
  if (value === null) return null;
  const parsed = parseGraphAddress(value);
  return parsed.ok ? parsed.value : null;
}

/**
 * The page's configuration: `?data=`, `?theme=` (else the saved theme) and the embedding
 * options `?embed=1`, `?panels=0`, `?history=1`. An embed keeps its state to itself unless
 * `history=1`: its selections would otherwise become entries of the host page's back button.
 */
export function configFromLocation(
  location: Pick<Location, 'search'> & Partial<Pick<Location, 'href'>>,
  storage?: Pick<Storage, 'getItem'>,
): AtlasConfig {
  const params = new URLSearchParams(location.search);
  const page = readPageParams(params);
  const given = params.get(THEME_PARAM.url);
  const parsed = given === null ? null : THEME_PARAM.parse(given);
  const theme = parsed?.ok ? parsed.value : null;
  const data = dataParam(params);
  return {
    dataUrl: data ?? DEFAULT_DATA_URL,
    inlineGraph: null,
    earlyGraph: null,
    initialQuery: location.search,
    syncLocation: page.history,
    theme: isThemePreference(theme) ? theme : (storedTheme(storage) ?? 'system'),
    persistTheme: !isThemePreference(theme) && !page.embed,
    exposeHook: true,
    embed: page.embed,
    review: !page.embed,
    panels: page.panels,
    host: null,
    links: location.href ? pageLinks(location.href, data) : null,
  };
}
