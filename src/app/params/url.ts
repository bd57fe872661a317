/**
 * The URL state's (de)serialisation, read off the parameter table (schema.ts). Parameters the
 * table does not own (`data`, `embed`, `theme`, anything else) pass through untouched.
 */
import { STATE_PARAMS, writeValue, type AnyParam, type StateKey, type UrlState } from './schema';

export { DEFAULT_URL_STATE, type UrlState } from './schema';
export {
  DEFAULT_RESOLUTION,
  MAX_RESOLUTION,
  MIN_RESOLUTION,
  roundResolution,
  type ColourMode,
  type ViewMode,
} from './values';

const ROWS = Object.entries(STATE_PARAMS) as [StateKey, AnyParam][];

function toParams(search: string | URLSearchParams): URLSearchParams {
  return new URLSearchParams(search);
}

/** A parameter's value by its name or an alias, if given. */
function given(params: URLSearchParams, spec: AnyParam): string | null {
  for (const name of [spec.url, ...(spec.urlAliases ?? [])]) {
    const value = params.get(name);
    if (value !== null) return value;
  }
  return null;
}

/**
 * Reads the state from a query string with the same parsers that judge it (pageParams.ts):
 * anything malformed, or needing an author that is not there, falls back to its default.
 */
export function parseUrlState(search: string | URLSearchParams): UrlState {
  const params = toParams(search);
  const state: Record<string, unknown> = {};
  for (const [key, spec] of ROWS) {
    const text = given(params, spec);
    const parsed = text === null ? null : spec.parse(text);
    state[key] = parsed?.ok ? parsed.value : spec.default;
  }
  if (state['author'] === null) {
    for (const [key, spec] of ROWS) if (spec.needsAuthor) state[key] = spec.default;
  }
  return state as UrlState;
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
  for (const [, spec] of ROWS) {
    for (const name of [spec.url, ...(spec.urlAliases ?? [])]) params.delete(name);
  }
  for (const [key, spec] of ROWS) {
    const value = state[key];
    if (value === spec.default || (spec.needsAuthor && !state.author)) continue;
    params.set(spec.url, writeValue(spec, value));
  }
  return params;
}

/** True when the query string names any state parameter. */
export function namesState(search: string | URLSearchParams): boolean {
  const params = toParams(search);
  return ROWS.some(([, spec]) => given(params, spec) !== null);
}

/** `?a=1&b=2`, or '' when empty: ready to append to a path. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What makes a new history entry: the settings the table marks (the selection and its views). */
export function historyKey(state: UrlState): string {
  return ROWS.filter(([, spec]) => spec.history)
    .map(([key]) => String(state[key] ?? ''))
    .join('\u0000');
}

/** True when the two states select or show the same thing (their history entries agree). */
export function sameSelection(a: UrlState, b: UrlState): boolean {
  return historyKey(a) === historyKey(b);
}
