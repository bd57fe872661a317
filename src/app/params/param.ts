/**
 * What a row of the parameter table (schema.ts) says about one view setting, and how a row
 * reads a host's JSON value, an attribute's text and writes URL text.
 */
import type { Parsed } from './parsers';

/** Which host command carries a setting, and under which field. */
export type HostField =
  | { type: 'select-author'; field: 'author' }
  | { type: 'open-pair'; field: 'with' }
  | { type: 'show-path'; field: 'path' }
  | { type: 'set-filters'; field: string }
  | { type: 'set-view'; field: 'view' }
  | { type: 'set-ego'; field: 'ego' }
  | { type: 'set-colour'; field: 'colour' }
  | { type: 'set-theme'; field: 'theme' };

/** What a host-command field may be besides a string: a number, or only a boolean. */
export type HostValue = 'text' | 'number' | 'boolean';

export interface ParamDoc {
  /** Where the README lists the URL parameter: the map's own table or "Exploring further". */
  section: 'map' | 'exploring';
  /** The parameter as the README writes it: `hideOwner=1`, `ego=1\|2`. */
  url: string;
  meaning: string;
  /** The attribute's line, when it says more than `meaning` (a boolean attribute). */
  attribute?: string;
}

export interface Param<T, F extends HostField = HostField> {
  /** URL parameter. */
  url: string;
  /** Other spellings read from a URL (never written). */
  urlAliases?: readonly string[];
  /** `<coauthor-atlas>` attribute (HTML lowercases names: kebab-case for camelCase). */
  attribute: string;
  /** Other attribute spellings read (the URL parameter's name, lowercased by HTML). */
  attributeAliases?: readonly string[];
  /** The host command (postMessage, element method) that sets it. */
  command: F;
  /** JSON types the host field takes besides strings (numbers for numbers, booleans only). */
  host: HostValue;
  /** Text (a URL value, an attribute) to value, or why not. */
  parse: (text: string) => Parsed<T>;
  /** The value when it is not given; never written to a URL. */
  default: T;
  /** The value as URL text (defaults are left out before this is called). */
  write?: (value: T) => string;
  /** Changing it is a new history entry (the back button returns); else the entry is replaced. */
  history: boolean;
  /** Means something only with `author` (ignored, with a warning, without it). */
  needsAuthor?: boolean;
  /** An on/off switch: `1` in URLs, a boolean attribute on the element. */
  flag?: boolean;
  doc: ParamDoc;
}

/** A row, typed by its value. */
export const param = <T, F extends HostField = HostField>(spec: Param<T, F>): Param<T, F> => spec;

/** Parses a host-command field (a JSON value) the way the URL and attributes parse text. */
export function parseHostValue<T>(spec: Param<T>, field: string, value: unknown): Parsed<T> {
  if (value === null && spec.default === null) return { ok: true, value: null as T };
  if (spec.host === 'boolean') {
    return typeof value === 'boolean'
      ? { ok: true, value: value as T }
      : { ok: false, reason: `“${field}” must be true or false` };
  }
  if (spec.host === 'number' && typeof value === 'number' && Number.isFinite(value)) {
    return spec.parse(String(value));
  }
  if (typeof value !== 'string') return { ok: false, reason: `“${field}” must be a string` };
  return spec.parse(value);
}

/**
 * Parses an attribute's text: a boolean attribute is on when present (`hide-owner`,
 * `hide-owner=""`, `hide-owner="hide-owner"`) unless it says `0`, `false` or `no`.
 */
export function parseAttributeValue<T>(spec: Param<T>, text: string): Parsed<T> {
  if (spec.flag && text.trim().toLowerCase() === spec.attribute) {
    return { ok: true, value: true as T };
  }
  return spec.parse(text);
}

/** A value as URL text. */
export function writeValue<T>(spec: Param<T>, value: T): string {
  return spec.write ? spec.write(value) : String(value);
}

/** A flag as URLs and attributes write it. */
export const writeFlag = (value: boolean): string => (value ? '1' : '0');
