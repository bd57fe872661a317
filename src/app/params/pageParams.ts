/**
 * Checks a page's query string as a whole: which embedding options it asks for, and a warning
 * for every parameter that is unknown or malformed (those are ignored: the map still opens,
 * with the default for that value). The state parameters themselves are read by
 * params/url.ts; this module only judges them.
 */
import { PARAM } from './url';
import { parseTrustedOrigins } from '../host/trust';
import {
  parseAuthorReference,
  parseColour,
  parseCounting,
  parseEgo,
  parseFlag,
  parseGraphAddress,
  parseMinJoint,
  parseResolution,
  parseTheme,
  parseView,
  parseYear,
  type Parsed,
} from './parsers';

/** Parameters about the page rather than the map's state. */
export const PAGE_PARAM = {
  data: 'data',
  theme: 'theme',
  embed: 'embed',
  panels: 'panels',
  trust: 'trust',
  history: 'history',
} as const;

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

const CHECKS: Record<string, (text: string) => Parsed<unknown>> = {
  [PARAM.author]: parseAuthorReference,
  [PARAM.with]: parseAuthorReference,
  [PARAM.yearFrom]: parseYear,
  [PARAM.yearTo]: parseYear,
  [PARAM.minWeight]: parseMinJoint,
  [PARAM.hideOwner]: parseFlag,
  [PARAM.resolution]: parseResolution,
  [PARAM.view]: parseView,
  [PARAM.path]: parseAuthorReference,
  [PARAM.ego]: parseEgo,
  [PARAM.counting]: parseCounting,
  [PARAM.colour]: parseColour,
  color: parseColour,
  [PARAM.internalOnly]: parseFlag,
  [PARAM.year]: parseYear,
  [PAGE_PARAM.theme]: parseTheme,
  [PAGE_PARAM.embed]: parseFlag,
  [PAGE_PARAM.panels]: parseFlag,
  [PAGE_PARAM.history]: parseFlag,
  [PAGE_PARAM.data]: parseGraphAddress,
};

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
  for (const key of [PARAM.with, PARAM.path, PARAM.ego]) {
    if (params.has(key) && !params.get(PARAM.author)?.trim()) {
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
