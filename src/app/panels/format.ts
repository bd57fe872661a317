/** Wording shared by the panels. */
import type { PaperRecord, VenueType } from '../../model/types';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

const VENUE_TYPES: Record<VenueType, string> = {
  conference: 'conference',
  journal: 'journal',
  workshop: 'workshop',
  preprint: 'preprint',
  other: '',
};

/** "2024 · NeurIPS (conference)", "2023 · preprint", "year unknown". */
export function paperMeta(paper: PaperRecord): string {
  const parts: string[] = [];
  parts.push(
    paper.year === null ? 'year unknown' : `${paper.yearInferred ? '~' : ''}${paper.year}`,
  );
  const kind = paper.venueType ? VENUE_TYPES[paper.venueType] : '';
  if (paper.venue)
    parts.push(kind && kind !== 'preprint' ? `${paper.venue} (${kind})` : paper.venue);
  else if (kind) parts.push(kind);
  if (paper.category) parts.push(paper.category);
  return parts.join(' · ');
}

export function yearSpan(papers: readonly Pick<PaperRecord, 'year'>[]): string | null {
  const years = papers.flatMap((p) => (p.year === null ? [] : [p.year]));
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

export function yearRangeLabel(from: number | null, to: number | null): string {
  if (from === null && to === null) return 'all years';
  if (from === null) return `until ${to}`;
  if (to === null) return `since ${from}`;
  return from === to ? String(from) : `${from}–${to}`;
}
