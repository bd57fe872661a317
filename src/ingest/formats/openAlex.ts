/**
 * OpenAlex works (`https://api.openalex.org/works?filter=author.id:A…`): an API response page
 * `{"meta": {…}, "results": [work, …]}`, or a plain array of works as saved from several pages.
 *
 * A work gives its title (`title`, else `display_name`), byline (`authorships[]`: the name as
 * printed on the paper, `raw_author_name`, else OpenAlex's `author.display_name`; the author's
 * OpenAlex id and ORCID in the same place of `authorIds`; `is_authors_truncated` marks a cut
 * byline), `publication_date`/`publication_year`, the venue (`primary_location.source`), the
 * abstract (rebuilt from `abstract_inverted_index`, word → positions), and its ids: the work id
 * (`W…`), DOI, PubMed (`ids.pmid`), arXiv (`ids.arxiv`, an arXiv DOI, or an arxiv.org landing
 * page among `locations`). No owner: a works page does not say whose it is.
 *
 * `.json` is shared with CSL-JSON; both are `onlyIfRecognised`, and an item with `authorships`
 * or an `openalex.org/W` id is OpenAlex's, never a CSL item (`cslJson.ts` declines those).
 */
import type { PersonIds } from '../../model/identifiers';
import type { VenueType } from '../../model/types';
import { cleanText } from '../../text/fold';
import { normaliseArxiv, normaliseOpenAlex, normaliseOrcid, normalisePmid } from '../ids/normalise';
import { addDoi, idsFromUrl } from './csl';
import { detectJson, itemOffsetsAt, parseJsonItems } from './jsonItems';
import { excerpt } from './lines';
import type { EntryIds, ListingEntry, ListingFormat, ParsedListing } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? cleanText(v) || undefined : undefined;

/** A work, as far as detection goes: OpenAlex's shape, not a CSL item's. */
export function isOpenAlexWork(v: unknown): boolean {
  if (!isObject(v)) return false;
  const id = typeof v['id'] === 'string' ? v['id'] : '';
  return Array.isArray(v['authorships']) || /openalex\.org\/W\d+$/i.test(id);
}

interface WorksDocument {
  works: unknown[];
  offsets: number[];
}

/** The works of a page or array, or undefined when the text is no OpenAlex works JSON. */
export function readOpenAlex(text: string): WorksDocument | undefined {
  const head = text.trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return undefined;
  // Cheap refusal first: every OpenAlex work names its id or its authorships.
  const sample = text.length > 400_000 ? text.slice(0, 400_000) : text;
  if (!sample.includes('openalex.org/W') && !sample.includes('"authorships"')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const page = isObject(data) && Array.isArray(data['results']);
  const works = Array.isArray(data) ? data : page ? ((data as Json)['results'] as unknown[]) : [];
  if (works.length === 0) return undefined;
  if (works.filter(isOpenAlexWork).length / works.length < 0.5) return undefined;
  return { works, offsets: itemOffsetsAt(text, page ? 'results' : undefined) };
}

/** Words at their positions; positions past a cap (hostile input) are left out. */
const MAX_ABSTRACT_WORDS = 20_000;

export function abstractFromInvertedIndex(index: unknown): string | undefined {
  if (!isObject(index)) return undefined;
  const words: string[] = [];
  let placed = 0;
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const p of positions) {
      if (!Number.isInteger(p) || (p as number) < 0 || (p as number) >= MAX_ABSTRACT_WORDS)
        continue;
      if (++placed > MAX_ABSTRACT_WORDS) break;
      words[p as number] = word;
    }
  }
  const text = cleanText(words.filter((w) => w !== undefined).join(' '));
  return text || undefined;
}

const SOURCE_TYPES: Record<string, VenueType> = {
  journal: 'journal',
  conference: 'conference',
  repository: 'preprint',
};

function workIds(work: Json): EntryIds | undefined {
  const ids: EntryIds = {};
  const openalex = normaliseOpenAlex(str(work['id']), 'W');
  if (openalex) ids.openalex = openalex;
  addDoi(ids, str(work['doi']));
  const more = isObject(work['ids']) ? work['ids'] : {};
  if (!ids.doi) addDoi(ids, str(more['doi']));
  const pmid = normalisePmid(str(more['pmid']));
  if (pmid) ids.pmid = pmid;
  const arxiv = normaliseArxiv(str(more['arxiv']));
  if (arxiv && !ids.arxiv) ids.arxiv = arxiv;
  const locations = [
    work['primary_location'],
    ...(Array.isArray(work['locations']) ? work['locations'] : []),
  ];
  for (const location of locations)
    if (isObject(location)) {
      const url = str(location['landing_page_url']);
      if (url && /arxiv\.org\//i.test(url)) idsFromUrl(ids, url);
    }
  return Object.keys(ids).length > 0 ? ids : undefined;
}

function workToEntry(
  work: Json,
  ref: { file: string; line: number },
  warn: (message: string) => void,
): ListingEntry | string {
  const title = str(work['title']) ?? str(work['display_name']);
  if (!title) return 'no title';
  const authors: string[] = [];
  const authorIds: (PersonIds | undefined)[] = [];
  const authorships = Array.isArray(work['authorships']) ? work['authorships'] : [];
  for (const authorship of authorships) {
    const author =
      isObject(authorship) && isObject(authorship['author']) ? authorship['author'] : {};
    const spelling =
      (isObject(authorship) ? str(authorship['raw_author_name']) : undefined) ??
      str(author['display_name']);
    if (!spelling) {
      warn('an authorship without a name was left out');
      continue;
    }
    authors.push(spelling);
    const ids: PersonIds = {};
    const openalex = normaliseOpenAlex(str(author['id']), 'A');
    const orcid = normaliseOrcid(str(author['orcid']));
    if (openalex) ids.openalex = openalex;
    if (orcid) ids.orcid = orcid;
    authorIds.push(Object.keys(ids).length > 0 ? ids : undefined);
  }
  if (authors.length === 0) warn(`no authors for "${excerpt(title, 60)}"`);

  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(str(work['publication_date']) ?? '');
  const yearValue = work['publication_year'];
  const year =
    typeof yearValue === 'number' &&
    Number.isInteger(yearValue) &&
    yearValue >= 1000 &&
    yearValue <= 2999
      ? yearValue
      : dateMatch
        ? Number(dateMatch[1])
        : undefined;
  const month = dateMatch ? Number(dateMatch[2]) : 0;
  const day = dateMatch ? Number(dateMatch[3]) : 0;
  const location = isObject(work['primary_location']) ? work['primary_location'] : {};
  const source = isObject(location['source']) ? location['source'] : {};
  const venueName = str(source['display_name']);
  const type: VenueType =
    str(work['type']) === 'preprint'
      ? 'preprint'
      : (SOURCE_TYPES[str(source['type']) ?? ''] ?? 'other');
  const abstract = abstractFromInvertedIndex(work['abstract_inverted_index']);
  const ids = workIds(work);
  return {
    ref,
    title,
    authors,
    authorsCut: work['is_authors_truncated'] === true || authors.length === 0,
    ownerAdded: false,
    ...(abstract ? { abstract } : {}),
    ...(venueName && year !== undefined
      ? { venue: { name: venueName, year, type, label: `${venueName} ${year}` } }
      : {}),
    ...(year !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= 31
      ? { date: { year, month, day, yearInferred: false } }
      : {}),
    ...(year !== undefined && !venueName ? { year } : {}),
    ...(ids ? { ids } : {}),
    ...(authorIds.some((a) => a !== undefined) ? { authorIds } : {}),
  };
}

function detect(lines: readonly string[]): number {
  return detectJson(lines, readOpenAlex, 0.97);
}

function parse(source: { file: string; text: string }): ParsedListing {
  return parseJsonItems(
    source,
    'openalex',
    (text) => {
      const document = readOpenAlex(text);
      return document && { items: document.works, offsets: document.offsets };
    },
    {
      notThisFormat:
        'not OpenAlex works JSON: no "results" list (or list) of works with authorships',
      notAnItem: 'not a work object',
    },
    (work, ref, shown, out) => {
      const converted = workToEntry(work, ref, (message) =>
        out.issues.push({ ...ref, severity: 'warning', message }),
      );
      if (typeof converted === 'string') out.rejected.push({ ref, text: shown, reason: converted });
      else out.entries.push(converted);
    },
  );
}

export const openAlex: ListingFormat = {
  id: 'openalex',
  label: 'OpenAlex works',
  extensions: ['.json'],
  onlyIfRecognised: true,
  hint: '{"results": [works with "authorships"]} from api.openalex.org',
  detect,
  parse,
};
