/**
 * Entries with an abstract but no title (abstract lists): they join the paper whose abstract
 * they match with a clear margin; the rest stay unmatched, versions of one text grouped.
 */
import type { ListingEntry } from '../formats/types';
import type { AbstractIndex } from './abstractIndex';
import { Clusters } from './entryClusters';
import { mutualBest, PAPER_MATCH, type Pair } from './textMatches';
import type { UnmatchedGroup } from './types';

/**
 * The paper whose entries' abstracts `doc` resembles most (ties: the lower paper index), its
 * similarity, and the best similarity to any other paper. `paperOf[entry]` is the entry's
 * paper, or -1 when it has none.
 */
export function bestPaperFor(
  doc: number,
  index: AbstractIndex,
  paperOf: Int32Array,
): { paper: number | undefined; best: number; second: number } {
  const byPaper = new Map<number, number>();
  let paper: number | undefined;
  let best = 0;
  let second = 0;
  for (const candidate of index.candidates(doc, PAPER_MATCH.candidates * 2)) {
    const candidatePaper = paperOf[candidate]!;
    if (candidatePaper < 0) continue;
    // Below the runner-up so far a similarity can change neither the best paper nor the
    // runner-up, so it need not be computed exactly (`similarity` gives 0 then); at or above
    // it the value is exact, and the runner-up only rises.
    const similarity = Math.max(
      byPaper.get(candidatePaper) ?? 0,
      index.similarity(doc, candidate, second),
    );
    byPaper.set(candidatePaper, similarity);
    if (candidatePaper === paper) best = similarity;
    else if (
      paper === undefined ||
      similarity > best ||
      (similarity === best && candidatePaper < paper)
    ) {
      second = best;
      paper = candidatePaper;
      best = similarity;
    } else if (similarity > second) second = similarity;
  }
  return { paper, best, second };
}

/** Versions of one unmatched abstract (one per file) become one record. */
export function groupUnmatched(
  entries: readonly ListingEntry[],
  orphans: readonly { doc: number; best: number }[],
  index: AbstractIndex,
): UnmatchedGroup[] {
  const isOrphan = new Set(orphans.map((o) => o.doc));
  const bestOf = new Map(orphans.map((o) => [o.doc, o.best]));
  const pairs: Pair[] = [];
  for (const { doc } of orphans) {
    for (const other of index.candidates(doc, PAPER_MATCH.candidates)) {
      if (other <= doc || !isOrphan.has(other)) continue;
      if (entries[other]!.ref.file === entries[doc]!.ref.file) continue;
      const similarity = index.similarity(doc, other);
      if (similarity < PAPER_MATCH.unmatchedVersions) continue;
      pairs.push({
        a: doc,
        b: other,
        score: similarity,
        merge: {
          a: entries[doc]!.ref,
          b: entries[other]!.ref,
          titleMatch: false,
          similarity,
          kind: 'abstract',
        },
      });
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  const clusters = new Clusters(entries);
  for (const pair of mutualBest(entries, pairs)) clusters.union(pair.a, pair.b, false);
  return clusters.groups(orphans.map((o) => o.doc)).map((members) => {
    const best = Math.max(...members.map((m) => bestOf.get(m) ?? 0));
    return {
      entries: members.map((m) => entries[m]!),
      bestSimilarity: best,
      reason:
        best >= PAPER_MATCH.attach
          ? `abstract resembles more than one paper (best similarity ${best.toFixed(2)}): no clear match`
          : `abstract matches no paper (best similarity ${best.toFixed(2)})`,
    };
  });
}
