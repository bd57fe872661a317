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
import type { SourceRef } from '../../model/types';
import type { ListingEntry, ParseIssue } from '../formats/types';
import type { AliasTable } from '../people/aliases';
import { AbstractIndex } from './abstractIndex';
import { BylineEvidence } from './bylines';
import { sameWorkKeys } from './identifiers';
import { Clusters } from './entryClusters';
import { titleKey, versionMarker } from './text';

export const PAPER_MATCH = {
  /** Same title: abstracts must share at least this much (they may be rewritten). */
  sameTitle: 0.2,
  /** Different titles: abstracts must be this close. */
  differentTitle: 0.7,
  /** Different titles where one carries a version marker: near-identical abstracts only. */
  versionMarker: 0.93,
  /** Same file, same title, abstracts this close: the page listed the work twice. */
  duplicateInFile: 0.95,
  /** Abstract-only entries: least similarity to attach to a paper... */
  attach: 0.3,
  /** ...and how far ahead of the next paper the best one must be (ratio and difference). */
  attachRatio: 1.8,
  attachGap: 0.1,
  /** Unmatched abstracts this close are versions of one text. */
  unmatchedVersions: 0.5,
  /** How many abstract candidates each entry considers. */
  candidates: 12,
} as const;

export interface PaperCluster {
  /** Entries in input order: titled entries first found, abstract-only ones attached. */
  entries: ListingEntry[];
}

export interface UnmatchedGroup {
  entries: ListingEntry[];
  reason: string;
  /** Best similarity to any paper, for the report (0 when there was no candidate). */
  bestSimilarity: number;
}

/** Why two entries became one paper, for the report. */
export interface PaperMerge {
  a: SourceRef;
  b: SourceRef;
  titleMatch: boolean;
  /** Abstract similarity, or null when one side had no abstract. */
  similarity: number | null;
  kind:
    | 'identifier'
    | 'title-and-abstract'
    | 'abstract'
    | 'title'
    | 'duplicate-in-file'
    | 'abstract-only';
  /** For `identifier`: the id both entries carry (`doi:10.1145/…`). */
  identifier?: string;
}

/** Two entries whose text matched but whose bylines say they are two works. */
export interface PapersKeptApart {
  a: SourceRef;
  b: SourceRef;
  reason: 'bylines-conflict' | 'no-shared-author' | 'different-doi' | 'different-arxiv';
}

export interface PaperResolution {
  papers: PaperCluster[];
  keptApart: PapersKeptApart[];
  unmatched: UnmatchedGroup[];
  merges: PaperMerge[];
  issues: ParseIssue[];
}

interface Pair {
  a: number;
  b: number;
  score: number;
  merge: PaperMerge;
}

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
  const clusters = new Clusters(entries);
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
    else if (clusters.union(pair.a, pair.b, false)) merges.push(pair.merge);
  }

  const paperOf = new Map<number, number>();
  const groups = clusters.groups(titled);
  groups.forEach((members, paper) => members.forEach((m) => paperOf.set(m, paper)));
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

function candidatePairs(
  entries: readonly ListingEntry[],
  titled: readonly number[],
  keys: readonly string[],
  markers: readonly (string | undefined)[],
  index: AbstractIndex,
): Pair[] {
  const seen = new Set<number>();
  const pairs: Pair[] = [];
  const consider = (a: number, b: number): void => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const id = lo * entries.length + hi;
    if (seen.has(id)) return;
    seen.add(id);
    const pair = scorePair(entries, keys, markers, index, lo, hi);
    if (pair) pairs.push(pair);
  };

  const byTitle = new Map<string, number[]>();
  for (const i of titled) {
    const key = keys[i] ?? '';
    if (key === '') continue;
    const list = byTitle.get(key);
    if (list) list.push(i);
    else byTitle.set(key, [i]);
  }
  for (const list of byTitle.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) consider(list[x]!, list[y]!);
  }
  for (const i of titled) {
    for (const j of index.candidates(i, PAPER_MATCH.candidates))
      if (entries[j]?.title) consider(i, j);
  }
  return pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

function scorePair(
  entries: readonly ListingEntry[],
  keys: readonly string[],
  markers: readonly (string | undefined)[],
  index: AbstractIndex,
  a: number,
  b: number,
): Pair | undefined {
  const ea = entries[a]!;
  const eb = entries[b]!;
  const titleMatch = keys[a] !== '' && keys[a] === keys[b];
  const similarity = index.has(a) && index.has(b) ? index.similarity(a, b) : null;
  const sameFile = ea.ref.file === eb.ref.file;
  const merge = (kind: PaperMerge['kind'], score: number): Pair => ({
    a,
    b,
    score,
    merge: { a: ea.ref, b: eb.ref, titleMatch, similarity, kind },
  });

  if (sameFile) {
    const duplicate =
      titleMatch && (similarity === null || similarity >= PAPER_MATCH.duplicateInFile);
    return duplicate ? merge('duplicate-in-file', 2) : undefined;
  }
  if (titleMatch) {
    if (similarity === null) return merge('title', 0.5);
    return similarity >= PAPER_MATCH.sameTitle
      ? merge('title-and-abstract', similarity + 0.05)
      : undefined;
  }
  if (similarity === null) return undefined;
  const needed = markers[a] !== markers[b] ? PAPER_MATCH.versionMarker : PAPER_MATCH.differentTitle;
  return similarity >= needed ? merge('abstract', similarity) : undefined;
}

/** Keeps a pair only when each entry is the other's best match within the other's file. */
function mutualBest(entries: readonly ListingEntry[], pairs: readonly Pair[]): Pair[] {
  const fileIndex = new Map<string, number>();
  for (const e of entries)
    if (!fileIndex.has(e.ref.file)) fileIndex.set(e.ref.file, fileIndex.size);
  const files = fileIndex.size;
  const slot = (entry: number, other: number): number =>
    entry * files + fileIndex.get(entries[other]!.ref.file)!;
  const best = new Map<number, Pair>();
  for (const pair of pairs) {
    // `pairs` is sorted best first, so the first pair seen for a slot is its best.
    const ab = slot(pair.a, pair.b);
    const ba = slot(pair.b, pair.a);
    if (!best.has(ab)) best.set(ab, pair);
    if (!best.has(ba)) best.set(ba, pair);
  }
  return pairs.filter((p) => best.get(slot(p.a, p.b)) === p && best.get(slot(p.b, p.a)) === p);
}

function bestPaperFor(
  doc: number,
  index: AbstractIndex,
  paperOf: ReadonlyMap<number, number>,
): { paper: number | undefined; best: number; second: number } {
  const byPaper = new Map<number, number>();
  for (const candidate of index.candidates(doc, PAPER_MATCH.candidates * 2)) {
    const paper = paperOf.get(candidate);
    if (paper === undefined) continue;
    const similarity = index.similarity(doc, candidate);
    byPaper.set(paper, Math.max(byPaper.get(paper) ?? 0, similarity));
  }
  const ranked = [...byPaper.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0]);
  return { paper: ranked[0]?.[0], best: ranked[0]?.[1] ?? 0, second: ranked[1]?.[1] ?? 0 };
}

/** Versions of one unmatched abstract (one per file) become one record. */
function groupUnmatched(
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
