/**
 * The part of the app's state that lives in the URL, and its (de)serialisation. Parameters
 * this module does not own (`data`, `embed`, `theme`, anything else) pass through untouched.
 */

import type { CountingMode } from '../filters/counting';
import type { EgoDepth } from '../ego/ego';

export type ViewMode = 'map' | 'list';

/** What node colours stand for: Louvain communities, or the lab roster (member, alumnus, external). */
export type ColourMode = 'community' | 'roster';

export interface UrlState {
  /** Selected author as written in the link: an id, a name or an alias. */
  author: string | null;
  /** Second author of an open pair (joint papers); needs `author`. */
  with: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  minWeight: number;
  hideOwner: boolean;
  /** Louvain resolution: higher gives more, smaller communities. */
  resolution: number;
  view: ViewMode;
  /** The other end of a collaboration path from `author`; needs `author`. */
  path: string | null;
  /** The ego network of `author`: 0 = the whole map, 1 or 2 steps; needs `author`. */
  ego: 0 | EgoDepth;
  counting: CountingMode;
  colour: ColourMode;
  /** Only lab members and the links between them (a graph with a roster). */
  internalOnly: boolean;
  /** The timeline's year: the network as of the end of that year; null = not playing. */
  year: number | null;
}

export const DEFAULT_RESOLUTION = 1;
export const MIN_RESOLUTION = 0.1;
export const MAX_RESOLUTION = 3;

export const DEFAULT_URL_STATE: UrlState = {
  author: null,
  with: null,
  yearFrom: null,
  yearTo: null,
  minWeight: 1,
  hideOwner: false,
  resolution: DEFAULT_RESOLUTION,
  view: 'map',
  path: null,
  ego: 0,
  counting: 'full',
  colour: 'community',
  internalOnly: false,
  year: null,
};

/** Parameter names, in the order they are written. */
export const PARAM = {
  author: 'author',
  with: 'with',
  yearFrom: 'from',
  yearTo: 'to',
  minWeight: 'minJoint',
  hideOwner: 'hideOwner',
  resolution: 'resolution',
  view: 'view',
  path: 'path',
  ego: 'ego',
  counting: 'counting',
  colour: 'colour',
  internalOnly: 'internal',
  year: 'year',
} as const satisfies Record<keyof UrlState, string>;

function toParams(search: string | URLSearchParams): URLSearchParams {
  return typeof search === 'string' ? new URLSearchParams(search) : new URLSearchParams(search);
}

function readText(params: URLSearchParams, key: string): string | null {
  const value = params.get(key)?.trim();
  return value ? value : null;
}

function readInteger(params: URLSearchParams, key: string): number | null {
  const value = params.get(key);
  if (value === null || !/^\s*-?\d+\s*$/.test(value)) return null;
  return Number(value);
}

export function roundResolution(value: number): number {
  const clamped = Math.min(MAX_RESOLUTION, Math.max(MIN_RESOLUTION, value));
  return Math.round(clamped * 100) / 100;
}

/** Reads the state from a query string; anything malformed falls back to its default. */
export function parseUrlState(search: string | URLSearchParams): UrlState {
  const params = toParams(search);
  const author = readText(params, PARAM.author);
  const minWeight = readInteger(params, PARAM.minWeight);
  const resolution = Number(params.get(PARAM.resolution) ?? NaN);
  const hideOwner = params.get(PARAM.hideOwner);
  const internal = params.get(PARAM.internalOnly);
  const ego = params.get(PARAM.ego)?.trim();
  // `color=` too: the American spelling is what many people type.
  const colour = (params.get(PARAM.colour) ?? params.get('color'))?.trim();
  return {
    author,
    with: author ? readText(params, PARAM.with) : null,
    yearFrom: readInteger(params, PARAM.yearFrom),
    yearTo: readInteger(params, PARAM.yearTo),
    minWeight: minWeight !== null && minWeight >= 1 ? minWeight : DEFAULT_URL_STATE.minWeight,
    hideOwner: hideOwner === '1' || hideOwner === 'true' || hideOwner === '',
    // Out of range is refused, not clamped: the same rule (and warning) as the page's parameter check.
    resolution:
      resolution >= MIN_RESOLUTION && resolution <= MAX_RESOLUTION
        ? roundResolution(resolution)
        : DEFAULT_RESOLUTION,
    view: params.get(PARAM.view) === 'list' ? 'list' : 'map',
    path: author ? readText(params, PARAM.path) : null,
    ego: author && (ego === '1' || ego === '2') ? (Number(ego) as EgoDepth) : 0,
    counting: params.get(PARAM.counting)?.trim() === 'fractional' ? 'fractional' : 'full',
    colour: colour === 'roster' ? 'roster' : 'community',
    internalOnly: internal === '1' || internal === 'true' || internal === '',
    year: readInteger(params, PARAM.year),
  };
}

/**
 * Writes the state into a copy of `base`: owned parameters are replaced (defaults left out,
 * so a plain link stays plain), all others are kept in place.
 */
export function writeUrlState(
  state: UrlState,
  base: string | URLSearchParams = '',
): URLSearchParams {
  const params = toParams(base);
  for (const key of Object.values(PARAM)) params.delete(key);
  params.delete('color');
  if (state.author) {
    params.set(PARAM.author, state.author);
    if (state.with) params.set(PARAM.with, state.with);
    if (state.path) params.set(PARAM.path, state.path);
    if (state.ego) params.set(PARAM.ego, String(state.ego));
  }
  if (state.yearFrom !== null) params.set(PARAM.yearFrom, String(state.yearFrom));
  if (state.yearTo !== null) params.set(PARAM.yearTo, String(state.yearTo));
  if (state.minWeight > 1) params.set(PARAM.minWeight, String(state.minWeight));
  if (state.hideOwner) params.set(PARAM.hideOwner, '1');
  if (state.resolution !== DEFAULT_RESOLUTION) {
    params.set(PARAM.resolution, String(roundResolution(state.resolution)));
  }
  if (state.view !== 'map') params.set(PARAM.view, state.view);
  if (state.counting !== 'full') params.set(PARAM.counting, state.counting);
  if (state.colour !== 'community') params.set(PARAM.colour, state.colour);
  if (state.internalOnly) params.set(PARAM.internalOnly, '1');
  if (state.year !== null) params.set(PARAM.year, String(state.year));
  return params;
}

/** `?a=1&b=2`, or '' when empty: ready to append to a path. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the two states select or show something different (history entries differ). */
export function sameSelection(a: UrlState, b: UrlState): boolean {
  return a.author === b.author && a.with === b.with && a.path === b.path && a.ego === b.ego;
}
