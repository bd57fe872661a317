/**
 * Parsers for the values a host can hand the map: URL parameters, element attributes and
 * postMessage fields all go through these, so `minJoint=abc`, `min-joint="abc"` and
 * `{ minJoint: 'abc' }` are refused the same way, with the same sentence.
 */
import type { CountingMode } from '../filters/counting';
import type { LinksDrawn } from '../filters/drawnLinks';
import type { EgoDepth } from '../ego/ego';
import type { ThemePreference } from '../theme/theme';
import { MAX_RESOLUTION, MIN_RESOLUTION, type ColourMode, type ViewMode } from './values';
import { graphAddressFormProblem } from '../load/graphAddress';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Years are whole numbers in a plausible range (a typo like 20222 is refused, not clamped). */
export function parseYear(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^-?\d{1,4}$/.test(trimmed)) return fail(`“${text}” is not a year`);
  return ok(Number(trimmed));
}

export function parseMinJoint(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed) || Number(trimmed) < 1) {
    return fail(`“${text}” is not a whole number of joint papers (1 or more)`);
  }
  return ok(Number(trimmed));
}

export function parseResolution(text: string): Parsed<number> {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) return fail(`“${text}” is not a number`);
  if (value < MIN_RESOLUTION || value > MAX_RESOLUTION) {
    return fail(`resolution ${text} is outside ${MIN_RESOLUTION}–${MAX_RESOLUTION}`);
  }
  return ok(value);
}

/** `1`/`true`/`yes` and `0`/`false`/`no`; an empty value (a bare flag) means true. */
export function parseFlag(text: string): Parsed<boolean> {
  const value = text.trim().toLowerCase();
  if (value === '' || value === '1' || value === 'true' || value === 'yes') return ok(true);
  if (value === '0' || value === 'false' || value === 'no') return ok(false);
  return fail(`“${text}” is not 1 or 0`);
}

export function parseTheme(text: string): Parsed<ThemePreference> {
  const value = text.trim();
  return value === 'light' || value === 'dark' || value === 'system'
    ? ok(value)
    : fail(`“${text}” is not light, dark or system`);
}

export function parseView(text: string): Parsed<ViewMode> {
  const value = text.trim();
  return value === 'map' || value === 'list' ? ok(value) : fail(`“${text}” is not map or list`);
}

/**
 * A graph file address (`data=`): relative, or absolute http(s) on any site. `javascript:`,
 * `data:`, `file:` and the like are refused, so they are never fetched or followed.
 */
export function parseGraphAddress(text: string): Parsed<string> {
  // Relative addresses are judged against a neutral http page; the loader checks again
  // against the real one, and whether the site is allowed (with a message on the page).
  const problem = graphAddressFormProblem(text, 'https://page.invalid/');
  return problem ? fail(problem) : ok(text.trim());
}

/** The ego network's depth: `0` (the whole map), `1` or `2` steps. */
export function parseEgo(text: string): Parsed<0 | EgoDepth> {
  const value = text.trim();
  return value === '0' || value === '1' || value === '2'
    ? ok(Number(value) as 0 | EgoDepth)
    : fail(`“${text}” is not 0, 1 or 2 steps`);
}

export function parseLinks(text: string): Parsed<LinksDrawn> {
  const value = text.trim();
  return value === 'strongest' || value === 'all'
    ? ok(value)
    : fail(`“${text}” is not strongest or all`);
}

export function parseCounting(text: string): Parsed<CountingMode> {
  const value = text.trim();
  return value === 'full' || value === 'fractional'
    ? ok(value)
    : fail(`“${text}” is not full or fractional`);
}

export function parseColour(text: string): Parsed<ColourMode> {
  const value = text.trim();
  return value === 'community' || value === 'roster'
    ? ok(value)
    : fail(`“${text}” is not community or roster`);
}

/** Author references are ids, names or aliases: any non-empty text of sane length. */
export function parseAuthorReference(text: string): Parsed<string> {
  const value = text.trim();
  if (value === '') return fail('the author is empty');
  if (value.length > 200) return fail('the author reference is longer than 200 characters');
  return ok(value);
}
