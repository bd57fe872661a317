/**
 * Runtime validation of a graph file: the client never trusts what it fetched.
 * Hand-written rather than a schema library: it runs on every load of files with 100k
 * papers, and its messages name the exact place that is wrong.
 */
import { PAPER_ID_KINDS, PERSON_ID_KINDS } from './identifiers.ts';
import { DEFAULT_MAX_LINKED_AUTHORS, markUnlinked } from './linking.ts';
import { detailsProblem, expandBylines } from './split.ts';
import { OLDEST_READABLE_SCHEMA, SCHEMA_VERSION, type GraphFile } from './types.ts';

export type GraphFileProblem =
  | { kind: 'not-json'; message: string }
  | { kind: 'newer-version'; message: string; version: unknown }
  | { kind: 'older-version'; message: string; version: unknown }
  | { kind: 'invalid'; message: string; errors: string[] };

export type ValidationResult =
  { ok: true; graph: GraphFile } | { ok: false; problem: GraphFileProblem };

const MAX_ERRORS = 20;

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isInteger: Check = (v) => Number.isInteger(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isYear: Check = (v) => v === null || isInteger(v);
const isStringArray: Check = (v) => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isRosterEntry: Check = (v) =>
  isObject(v) &&
  typeof v['role'] === 'string' &&
  (v['status'] === 'member' || v['status'] === 'alumnus') &&
  (v['from'] === undefined || isInteger(v['from'])) &&
  (v['to'] === undefined || isInteger(v['to']));

const isPersonIds: Check = (v) =>
  isObject(v) &&
  Object.entries(v).every(
    ([k, id]) => (PERSON_ID_KINDS as readonly string[]).includes(k) && typeof id === 'string',
  );
const isPaperIds: Check = (v) =>
  isObject(v) &&
  Object.entries(v).every(
    ([k, ids]) => (PAPER_ID_KINDS as readonly string[]).includes(k) && isStringArray(ids),
  );

const isMergedList: Check = (v) =>
  Array.isArray(v) &&
  v.every(
    (m) =>
      isObject(m) && isString(m['spelling']) && isString(m['rule']) && isStringArray(m['evidence']),
  );

const AUTHOR_FIELDS: [string, Check, boolean][] = [
  ['id', isString, true],
  ['name', isString, true],
  ['aliases', isStringArray, true],
  ['paperCount', isInteger, true],
  ['x', isNumber, true],
  ['y', isNumber, true],
  ['owner', isBoolean, false],
  ['roster', isRosterEntry, false],
  ['ids', isPersonIds, false],
  ['new', isBoolean, false],
  ['community', isInteger, false],
  ['merged', isMergedList, false],
];
const PAPER_FIELDS: [string, Check, boolean][] = [
  ['id', isString, true],
  ['title', isString, true],
  ['altTitles', isStringArray, true],
  ['year', isYear, true],
  ['authors', isStringArray, true],
  ['authorsComplete', isBoolean, true],
  ['sources', Array.isArray, true],
  ['yearInferred', isBoolean, false],
  ['date', isString, false],
  ['dateInferred', isBoolean, false],
  ['venue', isString, false],
  ['venueType', isString, false],
  ['category', isString, false],
  ['hasCode', isBoolean, false],
  ['abstract', isString, false],
  ['affiliations', isStringArray, false],
  ['ids', isPaperIds, false],
  ['new', isBoolean, false],
  ['linked', (v) => v === false, false],
];

/** In a split main file, the detail files hold these. */
const PAPER_FIELDS_SPLIT = PAPER_FIELDS.map(([key, check, required]): [string, Check, boolean] => [
  key,
  check,
  required && key !== 'altTitles' && key !== 'sources',
]);

function checkFields(
  item: unknown,
  where: string,
  fields: [string, Check, boolean][],
  errors: string[],
): void {
  if (!isObject(item)) {
    errors.push(`${where}: not an object`);
    return;
  }
  for (const [key, check, required] of fields) {
    if (!(key in item)) {
      if (required) errors.push(`${where}: missing "${key}"`);
    } else if (!check(item[key])) {
      errors.push(`${where}: "${key}" has the wrong type`);
    }
  }
}

/** Validates parsed JSON: shape, version, unique ids, and that papers name only known authors. */
export function validateGraphFile(data: unknown): ValidationResult {
  if (!isObject(data)) {
    return {
      ok: false,
      problem: { kind: 'invalid', message: 'The graph file is not a JSON object.', errors: [] },
    };
  }
  const version = data['schemaVersion'];
  if (typeof version !== 'number') {
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        message: 'The graph file has no schemaVersion.',
        errors: ['file: missing "schemaVersion"'],
      },
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      problem: {
        kind: 'newer-version',
        version,
        message: `The graph file has schema version ${version}; this page reads version ${SCHEMA_VERSION}. Update the page, or rebuild the graph with this version.`,
      },
    };
  }
  if (version < OLDEST_READABLE_SCHEMA) {
    return {
      ok: false,
      problem: {
        kind: 'older-version',
        version,
        message: `The graph file has schema version ${version}; this page reads versions ${OLDEST_READABLE_SCHEMA} to ${SCHEMA_VERSION}. Rebuild the graph with npm run graph.`,
      },
    };
  }

  const errors: string[] = [];
  for (const key of ['authors', 'papers', 'unmatched', 'owners'] as const) {
    if (!Array.isArray(data[key])) errors.push(`file: "${key}" should be a list`);
  }
  // A split main file (src/model/split.ts): bylines are author indices, and the papers'
  // alternative titles and sources are in the detail files.
  const split = data['details'] !== undefined;
  if (split) {
    const problem = detailsProblem(data['details']);
    if (problem) return invalid([`file: ${problem}`]);
    expandBylines(data);
  }
  const paperFields = split ? PAPER_FIELDS_SPLIT : PAPER_FIELDS;
  const maxLinked = data['maxLinkedAuthors'];
  if (maxLinked !== undefined && !(isInteger(maxLinked) && (maxLinked as number) >= 1))
    errors.push('file: "maxLinkedAuthors" should be a whole number of at least 1');
  if (errors.length > 0) return invalid(errors);

  const authors = data['authors'] as unknown[];
  const ids = new Set<string>();
  authors.forEach((author, i) => {
    if (errors.length >= MAX_ERRORS) return;
    checkFields(author, `authors[${i}]`, AUTHOR_FIELDS, errors);
    const id = isObject(author) ? author['id'] : undefined;
    if (typeof id === 'string') {
      if (ids.has(id)) errors.push(`authors[${i}]: duplicate id "${id}"`);
      ids.add(id);
    }
  });
  const paperIds = new Set<string>();
  (data['papers'] as unknown[]).forEach((paper, i) => {
    if (errors.length >= MAX_ERRORS) return;
    checkFields(paper, `papers[${i}]`, paperFields, errors);
    if (!isObject(paper)) return;
    if (typeof paper['id'] === 'string') {
      if (paperIds.has(paper['id'])) errors.push(`papers[${i}]: duplicate id "${paper['id']}"`);
      paperIds.add(paper['id']);
    }
    if (isStringArray(paper['authors'])) {
      for (const id of paper['authors'] as string[]) {
        if (!ids.has(id)) errors.push(`papers[${i}]: author "${id}" is not in authors`);
      }
    }
  });
  (data['owners'] as unknown[]).forEach((id, i) => {
    if (typeof id !== 'string' || !ids.has(id))
      errors.push(`owners[${i}]: "${String(id)}" is not in authors`);
  });
  if (errors.length > 0) return invalid(errors);
  // An older file is the current format without the fields added since: read it as current.
  // That includes the hyperauthorship threshold: one 3,000-author paper in a file written
  // without it is marked unlinked here, so it never makes millions of pairs on the page.
  if (split) {
    // Until its detail file is read, a paper of a split file has no alternative titles or sources.
    for (const paper of data['papers'] as { altTitles?: unknown; sources?: unknown }[]) {
      paper.altTitles ??= [];
      paper.sources ??= [];
    }
  }
  const threshold = (maxLinked as number | undefined) ?? DEFAULT_MAX_LINKED_AUTHORS;
  const { papers, unlinked } = markUnlinked(data['papers'] as GraphFile['papers'], threshold);
  return {
    ok: true,
    graph: {
      ...data,
      schemaVersion: SCHEMA_VERSION,
      ...(unlinked > 0 ? { papers } : {}),
      maxLinkedAuthors: threshold,
    } as unknown as GraphFile,
  };
}

function invalid(errors: string[]): ValidationResult {
  const shown = errors.slice(0, MAX_ERRORS);
  return {
    ok: false,
    problem: {
      kind: 'invalid',
      errors: shown,
      message: `The graph file does not match the expected format (${shown[0]}${errors.length > 1 ? `, and ${errors.length - 1} more` : ''}).`,
    },
  };
}

/** Parses and validates the text of a graph file. */
export function parseGraphFile(text: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: {
        kind: 'not-json',
        message: `The graph file is not valid JSON: ${(error as Error).message}`,
      },
    };
  }
  return validateGraphFile(data);
}
