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
 *   (set-filters also takes counting: 'full' | 'fractional', internal: boolean, links: 'strongest' | 'all', year: number | null)
 * Map → host (events, the same `type` and `detail` as the element's DOM events):
 *   { protocol, version, type: 'ready' | 'author-select' | 'pair-select' | 'resize' | 'load-error', detail }
 *
 * Incoming data is untrusted: it is checked field by field here and never passed on as is.
 */
import type { AtlasCommand, CommandType } from './commands';
import type { AtlasEvent } from './events';
import { parseAuthorReference, type Parsed } from '../params/parsers';
import {
  FILTER_FIELDS,
  parseHostValue,
  STATE_PARAMS,
  VIEW_PARAMS,
  type AnyParam,
  type FilterChanges,
} from '../params/schema';

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

const FILTER_NAMES = FILTER_FIELDS.map(([field]) => field);

function parseFilters(message: Record<string, unknown>): Parsed<FilterChanges> {
  const filters: Record<string, unknown> = {};
  for (const [field, key] of FILTER_FIELDS) {
    if (!(field in message)) continue;
    const value = parseHostValue(STATE_PARAMS[key] as AnyParam, field, message[field]);
    if (!value.ok) return value;
    filters[field] = value.value;
  }
  if (Object.keys(filters).length === 0) {
    return { ok: false, reason: `set-filters names none of ${FILTER_NAMES.join(', ')}` };
  }
  return { ok: true, value: filters as FilterChanges };
}

/** Commands that carry one setting (set-view, set-ego, set-colour, set-theme), by type. */
const SINGLE_FIELD: ReadonlyMap<string, AnyParam> = new Map(
  VIEW_PARAMS.filter(([, spec]) => spec.command.type.startsWith('set-'))
    .filter(([, spec]) => spec.command.type !== 'set-filters')
    .map(([, spec]) => [spec.command.type, spec]),
);

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
    default: {
      const spec = SINGLE_FIELD.get(message['type'] as string);
      if (!spec) break;
      const { type, field } = spec.command;
      const value = parseHostValue(spec, field, message[field]);
      return value.ok ? { ok: true, value: { type, [field]: value.value } as AtlasCommand } : value;
    }
  }
  return { ok: false, reason: `unknown command type ${JSON.stringify(message['type'])}` };
}
const ENVELOPE = ['protocol', 'version', 'type'];
/** Each command's fields (a type not listed here is not checked for extra fields). */
const COMMAND_FIELDS: Partial<Record<CommandType, readonly string[]>> = {
  'select-author': ['author'],
  'open-pair': ['author', 'with'],
  'show-path': ['author', 'path'],
  'set-filters': FILTER_NAMES,
  ...Object.fromEntries([...SINGLE_FIELD].map(([type, spec]) => [type, [spec.command.field]])),
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
