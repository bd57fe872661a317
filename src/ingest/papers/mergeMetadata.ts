/**
 * One paper's metadata from all the entries that describe it.
 * Venue entries know the published title and year; profile entries know the preprint date,
 * subject category and code flag; any entry may carry the abstract.
 */
import { PAPER_ID_KINDS, type PaperIds } from '../../model/identifiers';
import type { SourceRef, VenueType } from '../../model/types';
import { arxivFromDoi } from '../ids/normalise';
import { compareText } from '../../text/compare';
import type { ListingEntry } from '../formats/types';
import { titleKey } from './text';

export interface PaperMetadata {
  ids?: PaperIds;
  title: string;
  altTitles: string[];
  year: number | null;
  yearInferred: boolean;
  date?: string;
  dateInferred: boolean;
  venue?: string;
  venueType?: VenueType;
  category?: string;
  hasCode?: boolean;
  abstract?: string;
  affiliations: string[];
  sources: SourceRef[];
}

function isoDate(entry: ListingEntry): string | undefined {
  const d = entry.date;
  if (!d || d.year === null) return undefined;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * The other titles worth showing: one that differs from the title, or from an earlier
 * alternative, only in case, punctuation, spacing, diacritics or dashes (`Chain-of-Thought`,
 * `Leveraging the true depth`) says nothing new and is dropped; one with other words
 * (`Beyond spectral gap (extended): …`, an arXiv title) is kept, in entry order.
 */
export function distinctAltTitles(title: string, candidates: readonly string[]): string[] {
  // Keys only when there is something to compare: a title is folded word by word, and a
  // 5 MB one seen once should cost nothing here.
  const others = [...new Set(candidates)].filter((t) => t !== '' && t !== title);
  if (others.length === 0) return [];
  const seen = new Set([titleKey(title)]);
  const kept: string[] = [];
  for (const candidate of others) {
    const key = titleKey(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(candidate);
  }
  return kept;
}

export function mergeMetadata(entries: readonly ListingEntry[]): PaperMetadata {
  const titled = entries.filter((e) => e.title);
  const venueEntry = titled.find((e) => e.venue);
  const titleEntry = venueEntry ?? titled[0];
  const title = titleEntry?.title ?? '';
  const altTitles = distinctAltTitles(
    title,
    titled.map((e) => e.title ?? ''),
  );

  const dated = entries
    .map((e) => ({ e, iso: isoDate(e) }))
    .filter((d): d is { e: ListingEntry; iso: string } => d.iso !== undefined)
    .sort((a, b) => compareText(a.iso, b.iso));
  const earliest = dated[0];
  const venue = venueEntry?.venue;
  const year =
    venue?.year ??
    earliest?.e.date?.year ??
    entries.find((e) => e.year !== undefined)?.year ??
    null;
  const yearInferred = !venue && earliest?.e.date?.yearInferred === true;

  const profile = entries.filter((e) => e.category !== undefined || e.hasCode !== undefined);
  // Prefer the profile page's abstract (clean preprint text), then the venue page's
  // (sometimes trailed by link debris), then an abstract list's.
  const abstract = [...profile, ...titled, ...entries].find((e) => e.abstract)?.abstract;

  const ids = paperIds(entries);
  return {
    ...(ids ? { ids } : {}),
    title,
    altTitles,
    year,
    yearInferred,
    ...(earliest ? { date: earliest.iso } : {}),
    dateInferred: earliest?.e.date?.yearInferred === true,
    ...(venue ? { venue: venue.name, venueType: venue.type } : {}),
    ...(profile[0]?.category ? { category: profile[0].category } : {}),
    ...(profile.length > 0 ? { hasCode: profile.some((e) => e.hasCode) } : {}),
    ...(abstract ? { abstract } : {}),
    affiliations: [...new Set(entries.flatMap((e) => (e.affiliation ? [e.affiliation] : [])))],
    sources: entries
      .map((e) => e.ref)
      .sort((a, b) => compareText(a.file, b.file) || a.line - b.line),
  };
}

/** Every id the entries carry, by kind, sorted; arXiv's DOI also names its arXiv id. */
function paperIds(entries: readonly ListingEntry[]): PaperIds | undefined {
  const out: PaperIds = {};
  for (const kind of PAPER_ID_KINDS) {
    const values = new Set<string>();
    for (const entry of entries) {
      const value = entry.ids?.[kind];
      if (value) values.add(value);
      if (kind === 'arxiv' && entry.ids?.doi) {
        const fromDoi = arxivFromDoi(entry.ids.doi);
        if (fromDoi) values.add(fromDoi);
      }
    }
    if (values.size > 0) out[kind] = [...values].sort(compareText);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
