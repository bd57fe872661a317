/**
 * The host API of the iframe embed: typed, versioned messages between the map and the page
 * around it. Every message carries `protocol: 'coauthor-atlas'` and `version: 1`.
 *
 * Host → map (commands, flat fields named like the URL parameters):
 *   { protocol, version, type: 'select-author', author: 'martin-jaggi' | null }
 *   { protocol, version, type: 'open-pair', author: '…', with: '…' }
 *   { protocol, version, type: 'set-filters', from?, to?, minJoint?, hideOwner?, resolution? }
 *   { protocol, version, type: 'set-theme', theme: 'light' | 'dark' | 'system' }
 *   { protocol, version, type: 'set-view', view: 'map' | 'list' }
 *   { protocol, version, type: 'show-path', author: '…', path: '…' | null }
 *   { protocol, version, type: 'set-ego', ego: 0 | 1 | 2 }
 *   { protocol, version, type: 'set-colour', colour: 'community' | 'roster' }
 *   (set-filters also takes counting: 'full' | 'fractional', internal: boolean, year: number | null)
 * Map → host (events, the same `type` and `detail` as the element's DOM events):
 *   { protocol, version, type: 'ready' | 'author-select' | 'pair-select' | 'resize' | 'load-error', detail }
 *
 * Incoming data is untrusted: it is checked field by field here and never passed on as is.
 */
import type { AtlasCommand, CommandType, FilterChanges } from './commands';
import type { AtlasEvent } from './events';
import {
  parseAuthorReference,
  parseColour,
  parseCounting,
  parseEgo,
  parseMinJoint,
  parseResolution,
  parseTheme,
  parseView,
  parseYear,
  type Parsed,
} from '../params/parsers';

export const PROTOCOL = 'coauthor-atlas';
export const PROTOCOL_VERSION = 1;

export type EventMessage = {
  protocol: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
} & AtlasEvent;

export type IncomingMessage =
  /** A valid command. */
  | { kind: 'command'; command: AtlasCommand }
  /** Not ours at all (another script's message): ignored without a word. */
  | { kind: 'foreign' }
  /** Ours, but unusable: ignored with a warning saying why. */
  | { kind: 'invalid'; reason: string };

export function eventMessage(event: AtlasEvent): EventMessage {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...event };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for anything that says it speaks this protocol, valid or not. */
export function claimsProtocol(data: unknown): boolean {
  return isRecord(data) && data['protocol'] === PROTOCOL;
}

/** A field that must be a string and pass `parse`; numeric fields may also be numbers. */
function field<T>(
  message: Record<string, unknown>,
  key: string,
  parse: (text: string) => Parsed<T>,
  numeric = false,
): Parsed<T> {
  const value = message[key];
  if (numeric && typeof value === 'number' && Number.isFinite(value)) return parse(String(value));
  if (typeof value !== 'string') return { ok: false, reason: `“${key}” must be a string` };
  return parse(value);
}

function parseFilters(message: Record<string, unknown>): Parsed<FilterChanges> {
  const filters: FilterChanges = {};
  for (const key of ['from', 'to'] as const) {
    if (!(key in message)) continue;
    if (message[key] === null) {
      filters[key] = null;
      continue;
    }
    const year = field(message, key, parseYear, true);
    if (!year.ok) return year;
    filters[key] = year.value;
  }
  if ('minJoint' in message) {
    const minJoint = field(message, 'minJoint', parseMinJoint, true);
    if (!minJoint.ok) return minJoint;
    filters.minJoint = minJoint.value;
  }
  if ('resolution' in message) {
    const resolution = field(message, 'resolution', parseResolution, true);
    if (!resolution.ok) return resolution;
    filters.resolution = resolution.value;
  }
  for (const key of ['hideOwner', 'internal'] as const) {
    if (!(key in message)) continue;
    const value = message[key];
    if (typeof value !== 'boolean') return { ok: false, reason: `“${key}” must be true or false` };
    filters[key] = value;
  }
  if ('counting' in message) {
    const counting = field(message, 'counting', parseCounting);
    if (!counting.ok) return counting;
    filters.counting = counting.value;
  }
  if ('year' in message) {
    if (message['year'] === null) filters.year = null;
    else {
      const year = field(message, 'year', parseYear, true);
      if (!year.ok) return year;
      filters.year = year.value;
    }
  }
  if (Object.keys(filters).length === 0) {
    return {
      ok: false,
      reason:
        'set-filters names none of from, to, minJoint, hideOwner, resolution, counting, internal, year',
    };
  }
  return { ok: true, value: filters };
}

function parseCommand(message: Record<string, unknown>): Parsed<AtlasCommand> {
  switch (message['type']) {
    case 'select-author': {
      if (message['author'] === null)
        return { ok: true, value: { type: 'select-author', author: null } };
      const author = field(message, 'author', parseAuthorReference);
      return author.ok
        ? { ok: true, value: { type: 'select-author', author: author.value } }
        : author;
    }
    case 'open-pair': {
      const author = field(message, 'author', parseAuthorReference);
      if (!author.ok) return author;
      const other = field(message, 'with', parseAuthorReference);
      if (!other.ok) return other;
      return { ok: true, value: { type: 'open-pair', author: author.value, with: other.value } };
    }
    case 'set-filters': {
      const filters = parseFilters(message);
      return filters.ok
        ? { ok: true, value: { type: 'set-filters', filters: filters.value } }
        : filters;
    }
    case 'set-theme': {
      const theme = field(message, 'theme', parseTheme);
      return theme.ok ? { ok: true, value: { type: 'set-theme', theme: theme.value } } : theme;
    }
    case 'set-view': {
      const view = field(message, 'view', parseView);
      return view.ok ? { ok: true, value: { type: 'set-view', view: view.value } } : view;
    }
    case 'show-path': {
      const author = field(message, 'author', parseAuthorReference);
      if (!author.ok) return author;
      if (message['path'] === null) {
        return { ok: true, value: { type: 'show-path', author: author.value, path: null } };
      }
      const path = field(message, 'path', parseAuthorReference);
      if (!path.ok) return path;
      return { ok: true, value: { type: 'show-path', author: author.value, path: path.value } };
    }
    case 'set-ego': {
      const ego = field(message, 'ego', parseEgo, true);
      return ego.ok ? { ok: true, value: { type: 'set-ego', ego: ego.value } } : ego;
    }
    case 'set-colour': {
      const colour = field(message, 'colour', parseColour);
      return colour.ok ? { ok: true, value: { type: 'set-colour', colour: colour.value } } : colour;
    }
    default:
      return { ok: false, reason: `unknown command type ${JSON.stringify(message['type'])}` };
  }
}

const ENVELOPE = ['protocol', 'version', 'type'];
/** Each command's fields (a type not listed here is not checked for extra fields). */
const COMMAND_FIELDS: Partial<Record<CommandType, readonly string[]>> = {
  'select-author': ['author'],
  'open-pair': ['author', 'with'],
  'set-filters': [
    'from',
    'to',
    'minJoint',
    'hideOwner',
    'resolution',
    'counting',
    'internal',
    'year',
  ],
  'set-theme': ['theme'],
  'set-view': ['view'],
  'show-path': ['author', 'path'],
  'set-ego': ['ego'],
  'set-colour': ['colour'],
};

/**
 * Fields a valid command carries that its type does not have (`{ type: 'set-filters',
 * colour: 'red' }`): ignored, but named, so a host's typo does not fail silently.
 */
export function unknownFields(data: unknown): string[] {
  if (!isRecord(data)) return [];
  const known = COMMAND_FIELDS[data['type'] as CommandType];
  if (!known) return [];
  return Object.keys(data).filter((key) => !ENVELOPE.includes(key) && !known.includes(key));
}

/** Classifies a `message` event's data; never throws, whatever it is given. */
export function parseIncomingMessage(data: unknown): IncomingMessage {
  if (!isRecord(data) || !claimsProtocol(data)) return { kind: 'foreign' };
  if (data['version'] !== PROTOCOL_VERSION) {
    return {
      kind: 'invalid',
      reason: `unsupported protocol version ${JSON.stringify(data['version'])} (this map speaks version ${PROTOCOL_VERSION})`,
    };
  }
  const command = parseCommand(data);
  return command.ok
    ? { kind: 'command', command: command.value }
    : { kind: 'invalid', reason: command.reason };
}
