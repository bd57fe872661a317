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
import type { CountingMode } from '../filters/counting';
import type { EgoDepth } from '../ego/ego';
import type { ThemePreference } from '../theme/theme';
import {
  parseAuthorReference,
  parseColour,
  parseCounting,
  parseEgo,
  parseFlag,
  parseMinJoint,
  parseResolution,
  parseTheme,
  parseView,
  parseYear,
  type Parsed,
} from './parsers';
import { param, type Param } from './param';

export {
  parseAttributeValue,
  parseHostValue,
  writeValue,
  type HostField,
  type Param,
  type ParamDoc,
} from './param';
import { DEFAULT_RESOLUTION, roundResolution, type ColourMode, type ViewMode } from './values';

const writeFlag = (value: boolean) => (value ? '1' : '0');

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
  path: param<string | null>({
    url: 'path',
    attribute: 'path',
    command: { type: 'show-path', field: 'path' },
    host: 'text',
    parse: parseAuthorReference,
    default: null,
    history: true,
    needsAuthor: true,
    doc: {
      section: 'exploring',
      url: 'path=',
      meaning: 'with `author`: the collaboration path to this author (id, name or alias)',
    },
  }),
  ego: param<0 | EgoDepth>({
    url: 'ego',
    attribute: 'ego',
    command: { type: 'set-ego', field: 'ego' },
    host: 'number',
    parse: parseEgo,
    default: 0,
    history: true,
    needsAuthor: true,
    doc: {
      section: 'exploring',
      url: 'ego=1\\|2',
      meaning: 'with `author`: only their ego network (1 or 2 steps); communities recomputed',
    },
  }),
  counting: param({
    url: 'counting',
    attribute: 'counting',
    command: { type: 'set-filters', field: 'counting' } as const,
    host: 'text',
    parse: parseCounting as (text: string) => Parsed<CountingMode>,
    default: 'full' as CountingMode,
    history: false,
    doc: {
      section: 'exploring',
      url: 'counting=fractional',
      meaning: 'a paper with n authors adds 1/(n−1) to each link (default `full`: 1)',
    },
  }),
  colour: param<ColourMode>({
    url: 'colour',
    urlAliases: ['color'],
    attribute: 'colour',
    attributeAliases: ['color'],
    command: { type: 'set-colour', field: 'colour' },
    host: 'text',
    parse: parseColour,
    default: 'community',
    history: false,
    doc: {
      section: 'exploring',
      url: 'colour=roster',
      meaning: 'colour by lab roster: member / alumnus / external (graphs built with `--roster`)',
    },
  }),
  internalOnly: param({
    url: 'internal',
    attribute: 'internal',
    command: { type: 'set-filters', field: 'internal' } as const,
    host: 'boolean',
    parse: parseFlag,
    default: false,
    write: writeFlag,
    history: false,
    flag: true,
    doc: {
      section: 'exploring',
      url: 'internal=1',
      meaning: 'only lab members (members and alumni) and the links between them',
      attribute: 'boolean: only lab members and the links between them',
    },
  }),
  year: param({
    url: 'year',
    attribute: 'year',
    command: { type: 'set-filters', field: 'year' } as const,
    host: 'number',
    parse: parseYear as (text: string) => Parsed<number | null>,
    default: null,
    history: false,
    doc: {
      section: 'exploring',
      url: 'year=',
      meaning: 'timeline: the network as of the end of that year (inside `from`–`to`)',
    },
  }),
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
