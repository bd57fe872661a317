/**
 * A dblp person page as XML (`https://dblp.org/pid/<pid>.xml`): `<dblpperson name=… pid=… n=…>`
 * holding one `<r>` per publication, each with one record element (`<article>`,
 * `<inproceedings>`, `<proceedings>`, `<incollection>`, `<book>`, `<phdthesis>`, …) whose `key`
 * is the dblp record key, and `<author pid=… orcid=…>` names, `<title>`, `<year>`,
 * `<booktitle>`/`<journal>`, `<ee>` links. The `<person>`, `<homonyms>` and `<coauthors>`
 * sections are not publications and are not read.
 *
 * What it gives: the owner (the `dblpperson`'s name, on every byline), names as dblp spells
 * them, homonym numbers included (`Tao Lin 0004`: the people rules read them), each author's
 * dblp pid and ORCID in `authorIds`, the title without dblp's closing period (`?` and `!`
 * stay), the venue and year, and the ids: the record key, a DOI and an arXiv id from the `ee`
 * links (and from a CoRR key, `journals/corr/abs-2106-09685`).
 *
 * Parsing: each `<r>` is cut out by a scan (so it keeps its line, and one broken record costs
 * only itself), checked by fast-xml-parser's validator and parsed by its XMLParser with entity
 * processing off; dblp's entities (`&auml;`, from dblp.dtd) are then decoded by a table lookup
 * (`dblpEntities.ts`), one pass, nothing expanding into more. fast-xml-parser never fetches an
 * external DTD or entity. A file that declares entities of its own (`<!DOCTYPE … [<!ENTITY …>]>`,
 * the billion-laughs attack and its kin) is not dblp's: it is refused at that line before
 * anything is expanded.
 *
 * Measured on a generated 2,000-record person page (1.4 MB, 8 authors a record; the generator
 * is in `dblpXml.spec.ts`) on the shared 2-core machine: 406 ms the first time, 174 ms warm
 * (best of 4); of that the validator is ~160 ms and the parse ~340 ms cold. Parsing the title
 * as a stop node cost another ~200 ms, so titles are cut out by a regex instead.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { PersonIds } from '../../model/identifiers';
import type { VenueType } from '../../model/types';
import { cleanText } from '../../text/fold';
import { normaliseDblpKey, normaliseDblpPid, normaliseOrcid } from '../ids/normalise';
import { idsFromUrl } from './csl';
import { decodeDblpEntities } from './dblpEntities';
import { excerpt, linesOf } from './lines';
import type {
  EntryIds,
  ListingEntry,
  ListingFormat,
  ParseIssue,
  ParsedListing,
  RejectedEntry,
} from './types';

/** More records than any person has: the rest of a file is not read. */
export const MAX_DBLP_RECORDS = 200_000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'author' || name === 'editor' || name === 'ee',
});

/**
 * A title's inner XML as written: `<i>`, `<sub>` are the clean stage's to read. Cut out by
 * hand rather than as a parser stop node, which costs a third of the parse.
 */
const TITLE_RE = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text node's value: a string, or `#text` beside attributes. */
function textOf(value: unknown): string | undefined {
  const raw = typeof value === 'string' ? value : isNode(value) ? value['#text'] : undefined;
  if (typeof raw !== 'string') return undefined;
  return cleanText(decodeDblpEntities(raw)) || undefined;
}

function attribute(node: unknown, name: string): string | undefined {
  if (!isNode(node)) return undefined;
  const value = node[`@${name}`];
  return typeof value === 'string' ? cleanText(decodeDblpEntities(value)) || undefined : undefined;
}

const VENUE_TYPES: Record<string, VenueType> = {
  article: 'journal',
  inproceedings: 'conference',
};

/** dblp ends titles with a period; `?` and `!` are the title's own. */
export function dblpTitle(raw: string): string {
  return raw.trim().replace(/([^.])\.$/, '$1');
}

interface RecordSpan {
  start: number;
  text: string;
  /** Why the record is broken, when it is. */
  problem?: string;
}

/** Every `<r>…</r>`, by a scan: a record that never closes ends where the next one starts. */
function recordSpans(text: string): RecordSpan[] {
  const spans: RecordSpan[] = [];
  const open = /<r[\s>]/g;
  const starts: number[] = [];
  for (let m = open.exec(text); m && starts.length <= MAX_DBLP_RECORDS; m = open.exec(text))
    starts.push(m.index);
  starts.forEach((start, i) => {
    const next = starts[i + 1] ?? text.length;
    const close = text.indexOf('</r>', start);
    if (close < 0 || close > next)
      spans.push({
        start,
        text: text.slice(start, next),
        problem: 'the record never closes (no </r>)',
      });
    else spans.push({ start, text: text.slice(start, close + 4) });
  });
  return spans;
}

/** Where a file declares entities of its own: the offset of its first `<!ENTITY`. */
function declaredEntity(text: string): number {
  return text.search(/<!ENTITY/i);
}

function recordToEntry(
  recordText: string,
  ref: { file: string; line: number },
  warn: (message: string) => void,
): ListingEntry | string {
  const valid = XMLValidator.validate(recordText);
  if (valid !== true) {
    // The line the broken element opened on, else where the validator stopped.
    const opened = /\(opened in line (\d+), col \d+\)/.exec(valid.err.msg);
    const at = ref.line + (opened ? Number(opened[1]) : valid.err.line) - 1;
    return `not valid XML (${valid.err.msg.replace(/ \(opened in line \d+, col \d+\)/, '')}, line ${at})`;
  }
  const root = (parser.parse(recordText) as Node)['r'];
  const [kind, record] = isNode(root)
    ? (Object.entries(root).find(([k, v]) => !k.startsWith('@') && isNode(v)) ?? [])
    : [];
  if (!kind || !isNode(record)) return 'an <r> without a publication record';
  const titleText = record['title'] === undefined ? '' : (TITLE_RE.exec(recordText)?.[1] ?? '');
  const title = cleanText(dblpTitle(decodeDblpEntities(titleText, true)));
  if (!title) return 'no title';

  const people = (
    Array.isArray(record['author']) && record['author'].length > 0
      ? record['author']
      : (record['editor'] ?? [])
  ) as unknown[];
  const authors: string[] = [];
  const authorIds: (PersonIds | undefined)[] = [];
  for (const person of people) {
    const name = textOf(person);
    if (!name) {
      warn('an author without a name was left out');
      continue;
    }
    authors.push(name);
    const ids: PersonIds = {};
    const pid = normaliseDblpPid(attribute(person, 'pid'));
    const orcid = normaliseOrcid(attribute(person, 'orcid'));
    if (pid) ids.dblp = pid;
    if (orcid) ids.orcid = orcid;
    authorIds.push(Object.keys(ids).length > 0 ? ids : undefined);
  }

  const ids: EntryIds = {};
  const key = normaliseDblpKey(attribute(record, 'key'));
  if (key) ids.dblp = key;
  const ees = Array.isArray(record['ee']) ? record['ee'] : [];
  for (const ee of ees) idsFromUrl(ids, textOf(ee));
  const corr = key && /^journals\/corr\/abs-(\d{4})-(\d{4,5})$/.exec(key);
  if (corr && !ids.arxiv) ids.arxiv = `${corr[1]}.${corr[2]}`;

  const yearText = textOf(record['year']);
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const venueName = textOf(record['booktitle']) ?? textOf(record['journal']);
  const informal = attribute(record, 'publtype') === 'informal' || venueName === 'CoRR';
  const type: VenueType = informal ? 'preprint' : (VENUE_TYPES[kind] ?? 'other');
  return {
    ref,
    title,
    authors,
    authorsCut: authors.length === 0,
    ownerAdded: false,
    ...(venueName && year !== undefined
      ? { venue: { name: venueName, year, type, label: `${venueName} ${year}` } }
      : {}),
    ...(year !== undefined && !venueName ? { year } : {}),
    ...(Object.keys(ids).length > 0 ? { ids } : {}),
    ...(authorIds.some((a) => a !== undefined) ? { authorIds } : {}),
  };
}

function detect(lines: readonly string[]): number {
  const head = lines.slice(0, 40).join('\n');
  return /<dblpperson[\s>]/.test(head) ? 0.97 : 0;
}

function parse(source: { file: string; text: string }): ParsedListing {
  const { file, text } = source;
  const issues: ParseIssue[] = [];
  const rejected: RejectedEntry[] = [];
  const entries: ListingEntry[] = [];
  const declared = declaredEntity(text);
  if (declared >= 0) {
    issues.push({
      file,
      line: linesOf(text, [declared])[0] ?? 1,
      // A warning like any file that gives nothing: beside good files the build goes on;
      // alone it is an error (the pipeline's rule for unusable files).
      severity: 'warning',
      message:
        'the file declares XML entities of its own (<!ENTITY …>): dblp files use only dblp.dtd’s, and declared entities are how XML bombs work, so the file is not read',
    });
    return { file, format: 'dblp-xml', entries, rejected, issues };
  }
  const personTag = /<dblpperson\b[^>]*>/.exec(text);
  const person = personTag
    ? (parser.parse(personTag[0].replace(/>$/, '/>')) as Node)['dblpperson']
    : undefined;
  const owner = attribute(person, 'name');
  const claimed = Number(attribute(person, 'n'));
  const spans = recordSpans(text);
  const lines = linesOf(
    text,
    spans.map((s) => s.start),
  );
  if (spans.length > MAX_DBLP_RECORDS) {
    spans.length = MAX_DBLP_RECORDS;
    issues.push({
      file,
      line: lines[MAX_DBLP_RECORDS] ?? 1,
      severity: 'warning',
      message: `more than ${MAX_DBLP_RECORDS} records: the rest of the file is not read`,
    });
  }
  spans.forEach((span, i) => {
    const ref = { file, line: lines[i] ?? 1 };
    const converted = span.problem
      ? span.problem
      : recordToEntry(span.text, ref, (message) =>
          issues.push({ ...ref, severity: 'warning', message }),
        );
    if (typeof converted === 'string')
      rejected.push({ ref, text: excerpt(span.text), reason: converted });
    else entries.push(converted);
  });
  return {
    file,
    format: 'dblp-xml',
    ...(owner ? { owner } : {}),
    ...(Number.isInteger(claimed) && claimed > 0 ? { claimedCount: claimed } : {}),
    entries,
    rejected,
    issues,
  };
}

export const dblpXml: ListingFormat = {
  id: 'dblp-xml',
  label: 'dblp person XML',
  extensions: ['.xml'],
  onlyIfRecognised: true,
  hint: '<dblpperson> with <r> records, from dblp.org/pid/….xml',
  detect,
  parse,
};
