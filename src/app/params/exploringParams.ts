/**
 * The parameter table's rows for exploring the map (paths, ego networks, counting, colours,
 * the links drawn, lab members, the timeline): the second half of STATE_PARAMS (schema.ts),
 * in the order URLs write them.
 */
import type { CountingMode } from '../filters/counting';
import type { LinksDrawn } from '../filters/drawnLinks';
import type { EgoDepth } from '../ego/ego';
import {
  parseAuthorReference,
  parseColour,
  parseCounting,
  parseEgo,
  parseFlag,
  parseLinks,
  parseYear,
  type Parsed,
} from './parsers';
import { param, writeFlag } from './param';
import type { ColourMode } from './values';

export const EXPLORING_PARAMS = {
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
  links: param({
    url: 'links',
    attribute: 'links',
    command: { type: 'set-filters', field: 'links' } as const,
    host: 'text',
    parse: parseLinks,
    default: 'strongest' as LinksDrawn,
    history: false,
    doc: {
      section: 'exploring',
      url: 'links=all',
      meaning:
        'draw every link; by default a map of more than 100,000 links draws its strongest 100,000',
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
