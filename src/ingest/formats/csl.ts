/**
 * CSL-JSON items (the citation-style exchange format of Zotero, Mendeley, citation.js) as
 * listing entries. Both the CSL-JSON format and BibTeX (converted to CSL by citation.js)
 * come through here, so the two agree on names, years and venues.
 */
import type { PersonIds } from '../../model/identifiers';
import type { SourceRef, VenueType } from '../../model/types';
import { cleanText } from '../../text/fold';
import {
  arxivFromDoi,
  normaliseArxiv,
  normaliseDblpKey,
  normaliseDoi,
  normaliseOrcid,
  normalisePmid,
} from '../ids/normalise';
import type { EntryIds, ListingEntry, ListingVenue, ParseIssue, RejectedEntry } from './types';

/** The part of a CSL item this build reads; everything is optional in the wild. */
export interface CslName {
  family?: unknown;
  given?: unknown;
  literal?: unknown;
  suffix?: unknown;
  'dropping-particle'?: unknown;
  'non-dropping-particle'?: unknown;
  /** Zotero, Manubot and Crossref put the ORCID in the name object. */
  ORCID?: unknown;
  orcid?: unknown;
}

export interface CslItem {
  type?: unknown;
  title?: unknown;
  author?: unknown;
  issued?: unknown;
  'container-title'?: unknown;
  'event-title'?: unknown;
  publisher?: unknown;
  abstract?: unknown;
  DOI?: unknown;
  URL?: unknown;
  PMID?: unknown;
  /** `arXiv:2106.09685` on Zotero's preprints, beside `archive`/`publisher` `arXiv`. */
  number?: unknown;
  archive?: unknown;
  id?: unknown;
  'citation-key'?: unknown;
}

/** Kinds an id-carrying value can be: an entry keeps the first of each kind it meets. */
function addId(ids: EntryIds, kind: keyof EntryIds, value: string | undefined): void {
  if (value !== undefined && ids[kind] === undefined) ids[kind] = value;
}

/** A link that is an id: arxiv.org, doi.org, dblp.org/rec, pubmed. */
export function idsFromUrl(ids: EntryIds, url: string | undefined): void {
  if (!url) return;
  if (/arxiv\.org\//i.test(url)) addId(ids, 'arxiv', normaliseArxiv(url));
  else if (/doi\.org\//i.test(url)) {
    const doi = normaliseDoi(url);
    addId(ids, 'doi', doi);
    if (doi) addId(ids, 'arxiv', arxivFromDoi(doi));
  } else if (/dblp\.(org|uni-trier\.de)\/rec\//i.test(url))
    addId(ids, 'dblp', normaliseDblpKey(url));
  else if (/pubmed\.ncbi\.nlm\.nih\.gov\//i.test(url)) addId(ids, 'pmid', normalisePmid(url));
}

/** A DOI, and the arXiv id an arXiv DOI names (`10.48550/arxiv.2106.09685`). */
export function addDoi(ids: EntryIds, text: string | undefined): void {
  const doi = normaliseDoi(text);
  addId(ids, 'doi', doi);
  if (doi) addId(ids, 'arxiv', arxivFromDoi(doi));
}

/**
 * The work's ids in a CSL item: `DOI`, `PMID`, `URL` when it points at an id's home, an
 * arXiv `number` on an arXiv item, a DBLP citation key (`DBLP:conf/icml/KoloskovaSJ19`, as
 * dblp's BibTeX names entries). `extra` (what BibTeX had that citation.js drops: `eprint`,
 * `biburl`) fills kinds the item lacks.
 */
export function cslItemIds(item: CslItem, extra?: EntryIds): EntryIds | undefined {
  const ids: EntryIds = {};
  addDoi(ids, text(item.DOI));
  addId(ids, 'pmid', normalisePmid(text(item.PMID)));
  const number = text(item.number);
  const onArxiv =
    /^arxiv:/i.test(number ?? '') ||
    [item.archive, item.publisher, item['container-title']].some((v) =>
      /^arxiv\b/i.test(text(v) ?? ''),
    );
  if (onArxiv) addId(ids, 'arxiv', normaliseArxiv(number));
  for (const key of [item['citation-key'], item.id]) {
    const k = text(key);
    if (k && /^DBLP:/i.test(k)) addId(ids, 'dblp', normaliseDblpKey(k));
  }
  idsFromUrl(ids, text(item.URL));
  for (const [kind, value] of Object.entries(extra ?? {}) as [keyof EntryIds, string][])
    addId(ids, kind, value);
  return Object.keys(ids).length > 0 ? ids : undefined;
}

/** A name's ORCID, when it carries a valid one. */
function nameIds(name: CslName): PersonIds | undefined {
  const orcid = normaliseOrcid(text(name.ORCID) ?? text(name.orcid));
  return orcid ? { orcid } : undefined;
}

const VENUE_TYPES: Record<string, VenueType> = {
  'paper-conference': 'conference',
  'article-journal': 'journal',
  article: 'preprint',
  manuscript: 'preprint',
  report: 'other',
  thesis: 'other',
  chapter: 'other',
  book: 'other',
};

const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return cleanText(value) || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
};

/** `and others` in BibTeX, `{"literal": "et al."}` or `{"family": "others"}` in CSL: the list is cut. */
function isOthers(name: CslName): boolean {
  const literal = text(name.literal)?.toLowerCase();
  const family = text(name.family)?.toLowerCase();
  return literal === 'others' || literal === 'et al.' || (family === 'others' && !text(name.given));
}

/** A CSL name as one spelling: `literal` (a corporate author) or given + particles + family + suffix. */
export function cslNameToSpelling(name: CslName): string | undefined {
  const literal = text(name.literal);
  if (literal) return literal;
  const parts = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family]
    .map(text)
    .filter((p): p is string => p !== undefined);
  const suffix = text(name.suffix);
  const spelling = parts.join(' ');
  if (!spelling) return undefined;
  return suffix ? `${spelling}, ${suffix}` : spelling;
}

/** The first `date-parts` entry, or a year found in `raw`/`literal`. */
export function cslDate(issued: unknown): { year?: number; month?: number; day?: number } {
  if (typeof issued !== 'object' || issued === null) return {};
  const record = issued as Record<string, unknown>;
  const parts = Array.isArray(record['date-parts'])
    ? (record['date-parts'] as unknown[])[0]
    : undefined;
  if (Array.isArray(parts)) {
    const [year, month, day] = parts.map((p) => (typeof p === 'string' ? Number(p) : p));
    const valid = (n: unknown, min: number, max: number): n is number =>
      Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
    if (valid(year, 1000, 2999)) {
      return {
        year,
        ...(valid(month, 1, 12) ? { month } : {}),
        ...(valid(day, 1, 31) ? { day } : {}),
      };
    }
  }
  const raw = text(record['raw']) ?? text(record['literal']);
  const year = raw ? /\b(1\d{3}|2\d{3})\b/.exec(raw)?.[1] : undefined;
  return year ? { year: Number(year) } : {};
}

export interface CslConversion {
  entry?: ListingEntry;
  /** Why the item cannot be an entry (no title). */
  rejected?: string;
  /** Things worth a warning (names that could not be read). */
  warnings: string[];
}

/** Where one converted item goes: an entry (with its warnings) or a rejection, never nowhere. */
export function collectCslItem(
  into: { entries: ListingEntry[]; rejected: RejectedEntry[]; issues: ParseIssue[] },
  item: CslItem,
  ref: SourceRef,
  shownAs: string,
  extraIds?: EntryIds,
): void {
  const converted = cslItemToEntry(item, ref, extraIds);
  for (const warning of converted.warnings)
    into.issues.push({ ...ref, severity: 'warning', message: warning });
  if (converted.entry) into.entries.push(converted.entry);
  else into.rejected.push({ ref, text: shownAs, reason: converted.rejected ?? 'unreadable item' });
}

export function cslItemToEntry(item: CslItem, ref: SourceRef, extraIds?: EntryIds): CslConversion {
  const warnings: string[] = [];
  const title = text(item.title);
  if (!title) return { rejected: 'no title', warnings };

  const names = Array.isArray(item.author) ? (item.author as unknown[]) : [];
  const authors: string[] = [];
  const authorIds: (PersonIds | undefined)[] = [];
  let cut = false;
  for (const name of names) {
    if (typeof name !== 'object' || name === null) {
      warnings.push('an author that is not a name object was left out');
      continue;
    }
    if (isOthers(name as CslName)) {
      cut = true;
      continue;
    }
    const spelling = cslNameToSpelling(name as CslName);
    if (spelling) {
      authors.push(spelling);
      authorIds.push(nameIds(name as CslName));
    } else warnings.push('an author without a name was left out');
  }
  if (authors.length === 0) warnings.push(`no authors for "${title.slice(0, 60)}"`);

  const { year, month, day } = cslDate(item.issued);
  const type = text(item.type) ?? '';
  const venueName = text(item['container-title']) ?? text(item['event-title']);
  const venue: ListingVenue | undefined =
    venueName && year !== undefined
      ? { name: venueName, year, type: VENUE_TYPES[type] ?? 'other', label: `${venueName} ${year}` }
      : undefined;
  const abstract = text(item.abstract);
  const ids = cslItemIds(item, extraIds);
  const entry: ListingEntry = {
    ref,
    title,
    authors,
    authorsCut: cut || authors.length === 0,
    ownerAdded: false,
    ...(abstract ? { abstract } : {}),
    ...(venue ? { venue } : {}),
    ...(year !== undefined && month !== undefined && day !== undefined
      ? { date: { year, month, day, yearInferred: false } }
      : {}),
    ...(year !== undefined && !venue ? { year } : {}),
    ...(ids ? { ids } : {}),
    ...(authorIds.some((a) => a !== undefined) ? { authorIds } : {}),
  };
  return { entry, warnings };
}
