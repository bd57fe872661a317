/**
 * Resolving papers: which listing entries are the same work.
 *
 * Rules, in the order they apply (README, "Resolving papers"):
 * 1. Candidates only from shared normalised titles or shared distinctive abstract words.
 * 2. A pair matches when titles agree and abstracts do not contradict, or when titles differ
 *    but abstracts agree strongly (arXiv vs venue titles). A version marker on one side only
 *    (`(extended)`) demands near-identical abstracts.
 * 3. One listing names a work once, so an entry matches at most one entry of each other file:
 *    its best, and only if it is that entry's best too.
 * 4. Matches join clusters strongest first, never putting two entries of one file together.
 * 5. Entries without a title (abstract lists) join the paper whose abstract they match, only
 *    with a clear margin over the next paper; the rest stay unmatched, versions grouped.
 */
import type { ListingEntry, ParseIssue } from '../formats/types';
import { paperRefMatches, type AliasTable } from '../people/aliases';
import { AbstractIndex } from './abstractIndex';
import { BylineEvidence } from './bylines';
import { sameWorkKeys } from './identifiers';
import { Clusters } from './entryClusters';
import { titleKey, versionMarker } from './text';
import { bestPaperFor, groupUnmatched } from './abstractOnly';
import { candidatePairs, mutualBest, PAPER_MATCH, type Pair } from './textMatches';
import type { PaperCluster, PaperMerge, PaperResolution, PapersKeptApart } from './types';

export interface PaperEvidence {
  /** The listings' owners: being on both bylines says nothing. */
  owners?: readonly string[];
  /** The alias file, so a changed surname is not a byline conflict. */
  aliases?: AliasTable;
}

export function resolvePapers(
  entries: readonly ListingEntry[],
  evidence: PaperEvidence = {},
): PaperResolution {
  const index = new AbstractIndex(entries.map((e) => e.abstract));
  const bylines = new BylineEvidence(entries, evidence.owners ?? [], evidence.aliases);
  const keptApart: PapersKeptApart[] = [];
  const titled = entries.map((e, i) => (e.title ? i : -1)).filter((i) => i >= 0);
  const keys = entries.map((e) => (e.title ? titleKey(e.title) : ''));
  const markers = entries.map((e) => (e.title ? versionMarker(e.title) : undefined));
  const issues: ParseIssue[] = [];
  const merges: PaperMerge[] = [];

  const pairs = candidatePairs(entries, titled, keys, markers, index).filter((pair) => {
    const reason = bylineVeto(bylines, pair);
    if (reason) keptApart.push({ a: pair.merge.a, b: pair.merge.b, reason });
    return !reason;
  });
  const decided = aliasDecisions(entries, evidence.aliases);
  const clusters = new Clusters(entries, decided.distinct);
  joinByIdentifiers(entries, clusters, merges, issues);

  // A page that lists one work twice: merge, and say so.
  for (const pair of pairs) {
    if (pair.merge.kind !== 'duplicate-in-file') continue;
    if (clusters.union(pair.a, pair.b, true)) {
      merges.push(pair.merge);
      issues.push({
        ...pair.merge.b,
        severity: 'warning',
        message: `same paper as line ${pair.merge.a.line} of this file, merged`,
      });
    }
  }
  for (const pair of mutualBest(
    entries,
    pairs.filter((p) => p.merge.kind !== 'duplicate-in-file'),
  )) {
    const differs = clusters.differ(pair.a, pair.b);
    if (differs)
      keptApart.push({ a: pair.merge.a, b: pair.merge.b, reason: `different-${differs}` });
    else if (clusters.keptApart(pair.a, pair.b))
      keptApart.push({ a: pair.merge.a, b: pair.merge.b, reason: 'alias-file' });
    else if (clusters.union(pair.a, pair.b, false)) merges.push(pair.merge);
  }
  // The alias file's "same" pairs: one work, whatever the text says (ids still veto).
  for (const [a, b] of decided.same)
    if (clusters.union(a, b, true))
      merges.push({
        a: entries[a]!.ref,
        b: entries[b]!.ref,
        titleMatch: false,
        similarity: null,
        kind: 'alias-file',
      });

  const paperOf = new Int32Array(entries.length).fill(-1);
  const groups = clusters.groups(titled);
  groups.forEach((members, paper) => members.forEach((m) => (paperOf[m] = paper)));
  const papers: PaperCluster[] = groups.map((members) => ({
    entries: members.map((m) => entries[m]!),
  }));

  const orphans: { doc: number; best: number }[] = [];
  entries.forEach((entry, doc) => {
    if (entry.title) return;
    const { paper, best, second } = bestPaperFor(doc, index, paperOf);
    const clear =
      paper !== undefined &&
      best >= PAPER_MATCH.attach &&
      best >= second * PAPER_MATCH.attachRatio &&
      best - second >= PAPER_MATCH.attachGap;
    if (clear && paper !== undefined) {
      const target = papers[paper]!;
      merges.push({
        a: target.entries[0]!.ref,
        b: entry.ref,
        titleMatch: false,
        similarity: best,
        kind: 'abstract-only',
      });
      target.entries.push(entry);
    } else {
      orphans.push({ doc, best });
    }
  });

  return {
    papers,
    keptApart,
    unmatched: groupUnmatched(entries, orphans, index),
    merges,
    issues,
  };
}

/** The alias file's paper pairs as entry indices (a pair naming no entry is ignored). */
function aliasDecisions(
  entries: readonly ListingEntry[],
  aliases: AliasTable | undefined,
): { distinct: [number, number][]; same: [number, number][] } {
  const find = (ref: string): number =>
    entries.findIndex((e) => paperRefMatches(ref, e.ref.file, e.ref.line));
  const indices = (pairs: readonly [string, string][]): [number, number][] =>
    pairs.flatMap(([x, y]) => {
      const a = find(x);
      const b = find(y);
      return a >= 0 && b >= 0 && a !== b ? [[a, b] as [number, number]] : [];
    });
  return {
    distinct: indices(aliases?.papers?.distinct ?? []),
    same: indices(aliases?.papers?.same ?? []),
  };
}

/**
 * Same id, same work, before any text is compared: the first entry carrying an id gathers
 * the others. Two entries of one file with one id are the page listing the work twice.
 */
function joinByIdentifiers(
  entries: readonly ListingEntry[],
  clusters: Clusters,
  merges: PaperMerge[],
  issues: ParseIssue[],
): void {
  const first = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (const key of sameWorkKeys(entry.ids)) {
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, i);
        continue;
      }
      const sameFile = entries[earlier]!.ref.file === entry.ref.file;
      if (!clusters.union(earlier, i, true)) continue;
      merges.push({
        a: entries[earlier]!.ref,
        b: entry.ref,
        titleMatch: false,
        similarity: null,
        kind: 'identifier',
        identifier: key,
      });
      if (sameFile)
        issues.push({
          ...entry.ref,
          severity: 'warning',
          message: `same ${key.split(':')[0]} as line ${entries[earlier]!.ref.line} of this file, merged`,
        });
    }
  });
}

/** Why the bylines forbid a text match, if they do (a page listing a work twice is its own case). */
function bylineVeto(bylines: BylineEvidence, pair: Pair): PapersKeptApart['reason'] | undefined {
  if (pair.merge.kind === 'duplicate-in-file') return undefined;
  if (bylines.conflict(pair.a, pair.b)) return 'bylines-conflict';
  if (bylines.shareAuthor(pair.a, pair.b) === false) return 'no-shared-author';
  return undefined;
}
