/**
 * Text evidence for papers: candidate pairs from shared titles and distinctive abstract words,
 * each scored by the rules of README "Resolving papers", and the mutual-best filter that lets
 * an entry match at most one entry of each other file.
 */
import type { ListingEntry } from '../formats/types';
import type { AbstractIndex } from './abstractIndex';
import { GrowableArray } from './growableArray';
import type { PaperMerge } from './types';

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

export interface Pair {
  a: number;
  b: number;
  score: number;
  merge: PaperMerge;
}

/**
 * What scoring a pair asks of each entry, as numbers by entry index: a pair's two entry
 * objects and their refs lie anywhere in the heap, and reading them for every candidate
 * (millions at field scale) was a cache miss each.
 */
interface EntryFacts {
  /** Index of the entry's file, in order of first appearance. */
  file: Int32Array;
  /** Index of the entry's title key among distinct keys; -1 without one (no title, or `''`). */
  title: Int32Array;
  /** 1 for an entry with a title. */
  titled: Uint8Array;
}

export function candidatePairs(
  entries: readonly ListingEntry[],
  titled: readonly number[],
  keys: readonly string[],
  markers: readonly (string | undefined)[],
  index: AbstractIndex,
): Pair[] {
  // Every candidate as one number, lo * n + hi, gathered first and deduplicated by one typed
  // sort: a Set of such numbers (beyond the small-integer range) boxed each one. The order
  // pairs are scored in does not matter: the result is sorted by a total order below.
  const candidates = new GrowableArray(new Float64Array(1024));
  const n = entries.length;
  const consider = (a: number, b: number): void => {
    candidates.reserve(1)[candidates.length++] = a < b ? a * n + b : b * n + a;
  };

  const facts = entryFacts(entries, titled);
  const titleIndex = new Map<string, number>();
  const byTitle: number[][] = [];
  for (const i of titled) {
    const key = keys[i] ?? '';
    if (key === '') continue;
    let title = titleIndex.get(key);
    if (title === undefined) {
      titleIndex.set(key, (title = byTitle.length));
      byTitle.push([]);
    }
    facts.title[i] = title;
    byTitle[title]!.push(i);
  }
  for (const list of byTitle) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) consider(list[x]!, list[y]!);
  }
  for (const i of titled) {
    for (const j of index.candidates(i, PAPER_MATCH.candidates))
      if (facts.titled[j] === 1) consider(i, j);
  }

  const ids = candidates.values.subarray(0, candidates.length).sort();
  const pairs: Pair[] = [];
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (k > 0 && id === ids[k - 1]) continue;
    const lo = Math.floor(id / n);
    const pair = scorePair(entries, facts, markers, index, lo, id - lo * n);
    if (pair) pairs.push(pair);
  }
  return pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/** Files numbered and titles marked; title keys are numbered by the caller as it groups them. */
function entryFacts(entries: readonly ListingEntry[], titled: readonly number[]): EntryFacts {
  const n = entries.length;
  const file = new Int32Array(n);
  const fileIndex = new Map<string, number>();
  entries.forEach((entry, i) => {
    let at = fileIndex.get(entry.ref.file);
    if (at === undefined) fileIndex.set(entry.ref.file, (at = fileIndex.size));
    file[i] = at;
  });
  const titledMask = new Uint8Array(n);
  for (const i of titled) titledMask[i] = 1;
  return { file, title: new Int32Array(n).fill(-1), titled: titledMask };
}

function scorePair(
  entries: readonly ListingEntry[],
  facts: EntryFacts,
  markers: readonly (string | undefined)[],
  index: AbstractIndex,
  a: number,
  b: number,
): Pair | undefined {
  const titleMatch = facts.title[a] !== -1 && facts.title[a] === facts.title[b];
  const sameFile = facts.file[a] === facts.file[b];
  // Same file, different titles: never a match, whatever the abstracts say.
  if (sameFile && !titleMatch) return undefined;
  const abstracts = index.has(a) && index.has(b);
  // The least similarity that can change the decision; below it the exact value is not needed.
  const needed = !abstracts
    ? 0
    : sameFile
      ? PAPER_MATCH.duplicateInFile
      : titleMatch
        ? 0
        : markers[a] !== markers[b]
          ? PAPER_MATCH.versionMarker
          : PAPER_MATCH.differentTitle;
  const similarity = abstracts ? index.similarity(a, b, needed) : null;
  let kind: PaperMerge['kind'];
  let score: number;
  if (sameFile) {
    if (similarity !== null && similarity < PAPER_MATCH.duplicateInFile) return undefined;
    kind = 'duplicate-in-file';
    score = 2;
  } else if (titleMatch) {
    if (similarity === null) {
      kind = 'title';
      score = 0.5;
    } else if (similarity >= PAPER_MATCH.sameTitle) {
      kind = 'title-and-abstract';
      score = similarity + 0.05;
    } else return undefined;
  } else {
    if (similarity === null || similarity < needed) return undefined;
    kind = 'abstract';
    score = similarity;
  }
  const merge = { a: entries[a]!.ref, b: entries[b]!.ref, titleMatch, similarity, kind };
  return { a, b, score, merge };
}

/** Keeps a pair only when each entry is the other's best match within the other's file. */
export function mutualBest(entries: readonly ListingEntry[], pairs: readonly Pair[]): Pair[] {
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
