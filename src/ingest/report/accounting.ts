/**
 * Accounting: every entry of every input ends up merged into a paper, kept as a paper of its
 * own, kept as an unmatched record, or rejected with a reason. The counts must add up.
 */
import { excerpt } from '../formats/lines';
import type { ListingEntry, ParsedListing } from '../formats/types';
import type { PaperResolution } from '../papers/types';
import type { Accounting, EntryFate } from './types';

/** The fate of an entry that became (part of) a paper. */
type PaperFate = Extract<EntryFate, { paper: string }>;

export function accountFor(input: {
  listings: readonly ParsedListing[];
  entries: readonly ListingEntry[];
  papers: PaperResolution;
  /** Paper id per cluster index. */
  paperIds: readonly string[];
  /** Person id per byline place of an entry that became part of a paper. */
  peopleOf?: (entry: ListingEntry) => readonly string[] | undefined;
}): { accounting: Accounting; fates: EntryFate[] } {
  const fateOf = new Map<ListingEntry, EntryFate>();
  // An entry two stages both claim would be counted twice; the accounting must not balance.
  let claimedTwice = 0;
  const place = (entry: ListingEntry, fate: EntryFate): void => {
    if (fateOf.has(entry)) claimedTwice++;
    fateOf.set(entry, fate);
  };
  const text = (e: ListingEntry): string => excerpt(e.title ?? e.abstract ?? '', 100);
  input.papers.papers.forEach((cluster, index) => {
    const paper = input.paperIds[index] ?? '';
    const merged = cluster.entries.length > 1;
    for (const entry of cluster.entries) {
      // `people` is added after, not spread from an object made for it: one allocation fewer
      // per entry, and the keys come in the same order, so the report's bytes do not change.
      const fate: PaperFate = merged
        ? {
            ...entry.ref,
            text: text(entry),
            outcome: 'merged',
            paper,
            with: cluster.entries.length - 1,
          }
        : { ...entry.ref, text: text(entry), outcome: 'kept', paper };
      const ids = input.peopleOf?.(entry);
      if (ids && ids.length > 0) fate.people = [...ids];
      place(entry, fate);
    }
  });
  input.papers.unmatched.forEach((group, record) => {
    for (const entry of group.entries) {
      place(entry, {
        ...entry.ref,
        text: text(entry),
        outcome: 'unmatched',
        record,
        reason: group.reason,
      });
    }
  });

  const fates: EntryFate[] = [];
  let lost = 0;
  for (const listing of input.listings) {
    for (const entry of listing.entries) {
      const fate = fateOf.get(entry);
      if (fate) {
        fates.push(fate);
        continue;
      }
      // An entry no stage claimed is a bug, and the report says so rather than hiding it.
      lost++;
      fates.push({
        ...entry.ref,
        text: text(entry),
        outcome: 'rejected',
        reason: 'internal: entry lost between stages',
      });
    }
    for (const rejected of listing.rejected) {
      fates.push({
        ...rejected.ref,
        text: excerpt(rejected.text, 100),
        outcome: 'rejected',
        reason: rejected.reason,
      });
    }
  }
  // Claimed entries that belong to no listing (a stage inventing entries) unbalance it too.
  const stray = fateOf.size - (fates.length - lost - rejectedCount(input.listings));
  fates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));

  // One pass over the fates, not one per outcome: a field-scale build has hundreds of
  // thousands of them, of many shapes.
  const entriesRead = input.listings.reduce((n, l) => n + l.entries.length + l.rejected.length, 0);
  const accounting = { entriesRead, merged: 0, kept: 0, unmatched: 0, rejected: 0 };
  for (const fate of fates) accounting[fate.outcome]++;
  return {
    accounting: {
      ...accounting,
      balanced:
        accounting.merged + accounting.kept + accounting.unmatched + accounting.rejected ===
          entriesRead &&
        lost === 0 &&
        claimedTwice === 0 &&
        stray === 0,
    },
    fates,
  };
}

function rejectedCount(listings: readonly ParsedListing[]): number {
  return listings.reduce((n, l) => n + l.rejected.length, 0);
}
