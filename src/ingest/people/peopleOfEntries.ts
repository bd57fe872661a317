/**
 * The people stage over listing entries: every printed name of every paper's entries becomes
 * a mention, the mentions are resolved into people, and each entry learns who its names are.
 */
import type { ListingEntry } from '../formats/types';
import type { PaperCluster } from '../papers/types';
import type { AliasTable } from './aliases';
import { resolveAuthors } from './resolveAuthors';
import type { PeopleResolution } from './types';
import type { NameOccurrence } from './variants';

export interface PeopleOfEntries {
  people: PeopleResolution;
  /** Person ids of an entry's byline, place by place (`''` for a name that cleaned to nothing). */
  peopleOf: (entry: ListingEntry) => string[];
}

export function resolvePeopleOfEntries(
  papers: readonly PaperCluster[],
  entries: readonly ListingEntry[],
  aliases: AliasTable | undefined,
): PeopleOfEntries {
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const occurrences: NameOccurrence[] = papers.flatMap((cluster, paper) =>
    cluster.entries.flatMap((entry) =>
      entry.authors.map((spelling, position) => ({
        spelling,
        paper,
        byline: entryIndex.get(entry) ?? -1,
        position,
        ref: entry.ref,
        ...(entry.authorIds?.[position] ? { ids: entry.authorIds[position] } : {}),
      })),
    ),
  );
  const people = resolveAuthors(occurrences, aliases);
  const byEntry = new Map<number, string[]>();
  occurrences.forEach((o, mention) => {
    let list = byEntry.get(o.byline);
    if (!list) byEntry.set(o.byline, (list = []));
    list[o.position] = people.people[people.personOfMention[mention]!]?.id ?? '';
  });
  return { people, peopleOf: (entry) => byEntry.get(entryIndex.get(entry) ?? -1) ?? [] };
}
