/**
 * Checks a page's query string as a whole: which embedding options it asks for, and a warning
 * for every parameter that is unknown or malformed (those are ignored: the map still opens,
 * with the default for that value). The state parameters themselves are read by
 * params/url.ts; this module only judges them.
 */
import { STATE_PARAMS, THEME_PARAM, VIEW_PARAMS } from './schema';
import { parseTrustedOrigins } from '../host/trust';
import { parseFlag, parseGraphAddress, type Parsed } from './parsers';

/** Parameters about the page rather than the map's state. */
export const PAGE_PARAM = {
  data: 'data',
  theme: THEME_PARAM.url,
  embed: 'embed',
  panels: 'panels',
  trust: 'trust',
  history: 'history',
} as const;

/** The page parameters as the README lists them (the view parameters document themselves). */
export const PAGE_PARAM_DOCS: readonly { url: string; meaning: string; embedOnly: boolean }[] = [
  {
    url: `${PAGE_PARAM.data}=`,
    meaning: 'graph file to load (default `graph.json`; this site or an allowed one, http(s) only)',
    embedOnly: false,
  },
  {
    url: `${PAGE_PARAM.embed}=1`,
    meaning: 'compact view: no page header, filters in a drawer, an "Open full view" link',
    embedOnly: true,
  },
  {
    url: `${PAGE_PARAM.panels}=0`,
    meaning: 'the map alone (no search, filters, legend or details panels)',
    embedOnly: true,
  },
  {
    url: `${PAGE_PARAM.trust}=<origin>[,<origin>…]`,
    meaning: 'origins whose host-API commands are accepted (default: none; `*` is refused)',
    embedOnly: true,
  },
  {
    url: `${PAGE_PARAM.history}=1`,
    meaning: 'selections become history entries (default in embeds: they don’t)',
    embedOnly: true,
  },
];

export interface PageParams {
  /** `embed=1`: the compact view for an iframe. */
  embed: boolean;
  /** `panels=0` hides the search, filters, legend and details panels (the map alone). */
  panels: boolean;
  /** `history=1` in embed mode: selections become history entries of the frame. */
  history: boolean;
  /** `trust=`: origins whose commands the embed accepts. */
  trustedOrigins: string[];
  warnings: string[];
}

/** Every parameter's check: the view parameters' own parsers (aliases too), then the page's. */
const CHECKS: Record<string, (text: string) => Parsed<unknown>> = {
  ...Object.fromEntries(
    VIEW_PARAMS.flatMap(([, spec]) =>
      [spec.url, ...(spec.urlAliases ?? [])].map((name) => [name, spec.parse]),
    ),
  ),
  [PAGE_PARAM.embed]: parseFlag,
  [PAGE_PARAM.panels]: parseFlag,
  [PAGE_PARAM.history]: parseFlag,
  [PAGE_PARAM.data]: parseGraphAddress,
};

/** Parameters that mean something only beside `author`. */
const NEEDS_AUTHOR = VIEW_PARAMS.filter(([, spec]) => spec.needsAuthor).map(([, spec]) => spec.url);

function flag(params: URLSearchParams, key: string, fallback: boolean): boolean {
  const value = params.get(key);
  if (value === null) return fallback;
  const parsed = parseFlag(value);
  return parsed.ok ? parsed.value : fallback;
}

export function readPageParams(search: string | URLSearchParams): PageParams {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  for (const [key, value] of params) {
    if (key === PAGE_PARAM.trust) continue;
    const check = CHECKS[key];
    if (!check) {
      warnings.push(`Unknown parameter “${key}” ignored`);
      continue;
    }
    const parsed = check(value);
    if (!parsed.ok) warnings.push(`Parameter ${key}: ${parsed.reason}; ignored`);
  }
  for (const key of NEEDS_AUTHOR) {
    if (params.has(key) && !params.get(STATE_PARAMS.author.url)?.trim()) {
      warnings.push(`Parameter ${key} needs author; ignored`);
    }
  }
  const trust = parseTrustedOrigins(params.getAll(PAGE_PARAM.trust));
  const embed = flag(params, PAGE_PARAM.embed, false);
  return {
    embed,
    panels: flag(params, PAGE_PARAM.panels, true),
    history: embed ? flag(params, PAGE_PARAM.history, false) : true,
    trustedOrigins: trust.origins,
    warnings: [...warnings, ...trust.warnings],
  };
}

/** Parameters that configure an embed and mean nothing to a full page opened from it. */
export const EMBED_ONLY_PARAMS: readonly string[] = [
  PAGE_PARAM.embed,
  PAGE_PARAM.panels,
  PAGE_PARAM.trust,
  PAGE_PARAM.history,
];
