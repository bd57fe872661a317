/**
 * The view parameters, one row each: every spelling of a setting (store key, URL parameter,
 * element attribute, host-command field), its parser, its default and whether changing it
 * makes a history entry. URL reading and writing (url.ts), the page's parameter warnings
 * (pageParams.ts), the element's attributes (attributes.ts), the host commands
 * (host/protocol.ts, host/applyCommand.ts) and the README's tables (tools/paramsDocs.ts) are
 * all read off this table, so `?hideOwner=yes`, `hide-owner="yes"` and `{ hideOwner: true }`
 * cannot mean different things. A new parameter is one row here (plus what the store does
 * with it).
 */
import type { ThemePreference } from '../theme/theme';
import {
  parseAuthorReference,
  parseFlag,
  parseMinJoint,
  parseResolution,
  parseTheme,
  parseView,
  parseYear,
  type Parsed,
} from './parsers';
import { param, writeFlag, type Param } from './param';
import { EXPLORING_PARAMS } from './exploringParams';

export {
  parseAttributeValue,
  parseHostValue,
  writeValue,
  type HostField,
  type Param,
  type ParamDoc,
} from './param';
import { DEFAULT_RESOLUTION, roundResolution, type ViewMode } from './values';

/** The state a link, the attributes or a history entry can carry, in the order URLs write it. */
export const STATE_PARAMS = {
  author: param<string | null>({
    url: 'author',
    attribute: 'author',
    command: { type: 'select-author', field: 'author' },
    host: 'text',
    parse: parseAuthorReference,
    default: null,
    history: true,
    doc: {
      section: 'map',
      url: 'author=',
      meaning: 'select an author by id, name or any alias (case- and accent-insensitive)',
    },
  }),
  with: param<string | null>({
    url: 'with',
    attribute: 'with',
    command: { type: 'open-pair', field: 'with' },
    host: 'text',
    parse: parseAuthorReference,
    default: null,
    history: true,
    needsAuthor: true,
    doc: {
      section: 'map',
      url: 'with=',
      meaning: 'with `author`, open the joint papers of the pair',
    },
  }),
  yearFrom: param({
    url: 'from',
    attribute: 'from',
    command: { type: 'set-filters', field: 'from' } as const,
    host: 'number',
    parse: parseYear as (text: string) => Parsed<number | null>,
    default: null,
    history: false,
    doc: { section: 'map', url: 'from=', meaning: 'first year of the year range' },
  }),
  yearTo: param({
    url: 'to',
    attribute: 'to',
    command: { type: 'set-filters', field: 'to' } as const,
    host: 'number',
    parse: parseYear as (text: string) => Parsed<number | null>,
    default: null,
    history: false,
    doc: { section: 'map', url: 'to=', meaning: 'last year of the year range' },
  }),
  minWeight: param({
    url: 'minJoint',
    attribute: 'min-joint',
    attributeAliases: ['minjoint'],
    command: { type: 'set-filters', field: 'minJoint' } as const,
    host: 'number',
    parse: parseMinJoint,
    default: 1,
    history: false,
    doc: { section: 'map', url: 'minJoint=', meaning: 'minimum joint papers per link' },
  }),
  hideOwner: param({
    url: 'hideOwner',
    attribute: 'hide-owner',
    attributeAliases: ['hideowner'],
    command: { type: 'set-filters', field: 'hideOwner' } as const,
    host: 'boolean',
    parse: parseFlag,
    default: false,
    write: writeFlag,
    history: false,
    flag: true,
    doc: {
      section: 'map',
      url: 'hideOwner=1',
      meaning: 'hide the listing owner',
      attribute: 'boolean: hide the listing owner (`hide-owner="0"` turns it off)',
    },
  }),
  resolution: param({
    url: 'resolution',
    attribute: 'resolution',
    command: { type: 'set-filters', field: 'resolution' } as const,
    host: 'number',
    parse: (text: string) => {
      const parsed = parseResolution(text);
      return parsed.ok ? { ok: true as const, value: roundResolution(parsed.value) } : parsed;
    },
    default: DEFAULT_RESOLUTION,
    write: (value: number) => String(roundResolution(value)),
    history: false,
    doc: { section: 'map', url: 'resolution=', meaning: 'Louvain resolution (0.1–3, default 1)' },
  }),
  view: param<ViewMode>({
    url: 'view',
    attribute: 'view',
    command: { type: 'set-view', field: 'view' },
    host: 'text',
    parse: parseView,
    default: 'map',
    history: false,
    doc: { section: 'map', url: 'view=list', meaning: 'open the list view (`map` or `list`)' },
  }),
  ...EXPLORING_PARAMS,
};

/** The theme: a view setting with every spelling too, kept by the page's theme state. */
export const THEME_PARAM = param<ThemePreference>({
  url: 'theme',
  attribute: 'theme',
  command: { type: 'set-theme', field: 'theme' },
  host: 'text',
  parse: parseTheme,
  default: 'system',
  history: false,
  doc: { section: 'map', url: 'theme=light\\|dark\\|system', meaning: 'force a theme' },
});

type StateParams = typeof STATE_PARAMS;
export type StateKey = keyof StateParams;

/** The part of the app's state that lives in the URL. */
export type UrlState = { [K in StateKey]: StateParams[K]['default'] };

/** Every view setting with its key (the state's, or `theme`), in table order. */
export type ViewKey = StateKey | 'theme';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyParam = Param<any>;
export const VIEW_PARAMS: readonly (readonly [ViewKey, AnyParam])[] = (
  Object.entries(STATE_PARAMS) as [StateKey, AnyParam][]
).flatMap((entry): (readonly [ViewKey, AnyParam])[] =>
  // The theme after the view, where the element's attributes and snippets have always had it.
  entry[0] === 'view' ? [entry, ['theme', THEME_PARAM]] : [entry],
);

export const DEFAULT_URL_STATE: UrlState = Object.fromEntries(
  Object.entries(STATE_PARAMS).map(([key, spec]) => [key, spec.default]),
) as UrlState;

/** Filter changes a host sends in `set-filters`, named like the URL parameters. */
export type FilterChanges = {
  [
    K in StateKey as StateParams[K]['command'] extends { type: 'set-filters'; field: infer F }
      ? F & string
      : never
  ]?: UrlState[K];
};

/** The `set-filters` fields, each with the state key it sets. */
export const FILTER_FIELDS: readonly (readonly [keyof FilterChanges, StateKey])[] = (
  Object.entries(STATE_PARAMS) as [StateKey, AnyParam][]
)
  .filter(([, spec]) => spec.command.type === 'set-filters')
  .map(([key, spec]) => [spec.command.field as keyof FilterChanges, key] as const);
