/**
 * Abstract similarity with blocking: no all-pairs comparison.
 *
 * Two measures, because versions of an abstract differ in two ways:
 * - copied text with debris added or a sentence dropped: shingle containment is near 1;
 * - a rewrite of the same work (an earlier or later version): the rare words survive,
 *   so TF-IDF cosine stays well above unrelated abstracts from the same group.
 * Candidates come from posting lists of each abstract's most distinctive words, so the
 * cost grows with the number of abstracts, not its square. Vectors live in flat typed
 * arrays (one slice per abstract) so 250,000 abstracts fit in a few hundred megabytes.
 */
import { wordHashes } from './text';

/** How many of an abstract's most distinctive words are indexed and used to find candidates. */
const QUERY_TERMS = 24;
/** How many of an abstract's shingles (the smallest hashes: a min-hash sketch) are indexed. */
const SKETCH_SIZE = 12;
/**
 * A posting list longer than this belongs to a word or phrase too common to tell papers
 * apart; it is dropped, which also bounds the cost of every query.
 */
const MAX_POSTING = 64;
const SHINGLE_SIZE = 3;

/** A typed array that grows: the flat storage behind every abstract's slice. */
class GrowableArray<T extends Int32Array | Uint32Array | Float32Array> {
  length = 0;

  constructor(private data: T) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get values(): T {
    return this.data;
  }
}

export class AbstractIndex {
  /** Document d's terms are `terms[offsets[d] .. offsets[d + 1])`, sorted, with `weights` alongside. */
  private readonly offsets: Int32Array;
  private readonly terms: Int32Array;
  private readonly weights: Float32Array;
  /** Document d's sorted unique shingle hashes are `shingles[shingleOffsets[d] .. shingleOffsets[d + 1])`. */
  private readonly shingleOffsets: Int32Array;
  private readonly shingles: Uint32Array;
  private readonly present: Uint8Array;
  private readonly topOffsets: Int32Array;
  private readonly topTerms: Int32Array;
  /** Posting lists of distinctive words (keyed by term id) and of sketch shingles (keyed by hash). */
  private readonly termPostings = new Postings();
  private readonly shinglePostings = new Postings();
  private readonly scores: Float32Array;

  /** `texts[i]` is the abstract of document `i` (undefined when there is none). */
  constructor(texts: readonly (string | undefined)[]) {
    const n = texts.length;
    const termIds = new Map<number, number>();
    const offsets = new Int32Array(n + 1);
    // About one distinct word per 8 characters and one shingle per 6: sized once, grown rarely.
    const characters = texts.reduce((sum, t) => sum + (t?.length ?? 0), 0);
    const terms = new GrowableArray(new Int32Array(Math.max(1024, Math.ceil(characters / 8))));
    // Counts go where the weights will be: a weight is computed from its count, then replaces it.
    const counts = new GrowableArray(new Float32Array(terms.values.length));
    const shingleOffsets = new Int32Array(n + 1);
    const shingles = new GrowableArray(new Uint32Array(Math.max(1024, Math.ceil(characters / 6))));
    const present = new Uint8Array(n);
    const df: number[] = [];

    // Scratch buffers reused for every abstract: a typed array per abstract would put
    // hundreds of thousands of small external allocations on the garbage collector.
    let words = new Uint32Array(4096);
    let ids = new Int32Array(4096);
    let hashes = new Uint32Array(4096);
    texts.forEach((text, doc) => {
      offsets[doc] = terms.length;
      shingleOffsets[doc] = shingles.length;
      if (!text) return;
      const tokenized = wordHashes(text, words);
      words = tokenized.hashes;
      const count = tokenized.count;
      if (count === 0) return;
      present[doc] = 1;
      if (ids.length < count) ids = new Int32Array(count * 2);
      if (hashes.length < count) hashes = new Uint32Array(count * 2);
      for (let i = 0; i < count; i++) {
        const token = words[i]!;
        let id = termIds.get(token);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(token, id);
          df.push(0);
        }
        ids[i] = id;
      }
      const shingleCount = shingleHashes(ids, count, hashes);
      for (let i = 0; i < shingleCount; i++) shingles.push(hashes[i]!);
      // Sorted ids, run-length encoded: the document's terms and their counts.
      const sorted = ids.subarray(0, count).sort();
      for (let i = 0; i < count;) {
        const id = sorted[i]!;
        let j = i + 1;
        while (j < count && sorted[j] === id) j++;
        terms.push(id);
        counts.push(j - i);
        df[id] = (df[id] ?? 0) + 1;
        i = j;
      }
    });
    offsets[n] = terms.length;
    shingleOffsets[n] = shingles.length;

    const documents = present.reduce((sum, p) => sum + p, 0);
    const weights = counts.values;
    const topOffsets = new Int32Array(n + 1);
    const topTerms = new GrowableArray(new Int32Array(1024));
    let weightScratch = new Float32Array(1024);
    const termValues = terms.values;
    const countValues = counts.values;
    for (let doc = 0; doc < n; doc++) {
      topOffsets[doc] = topTerms.length;
      const start = offsets[doc]!;
      const end = offsets[doc + 1]!;
      let squares = 0;
      for (let k = start; k < end; k++) {
        const w = (1 + Math.log(countValues[k]!)) * Math.log((documents + 1) / df[termValues[k]!]!);
        weights[k] = w;
        squares += w * w;
      }
      const norm = Math.sqrt(squares) || 1;
      for (let k = start; k < end; k++) weights[k] = weights[k]! / norm;
      // Index only the most distinctive words of each abstract: those at or above the
      // QUERY_TERMS-th largest weight (a typed sort, no comparator, on the hot path).
      if (weightScratch.length < end - start) weightScratch = new Float32Array((end - start) * 2);
      weightScratch.set(weights.subarray(start, end));
      const docWeights = weightScratch.subarray(0, end - start).sort();
      const cutoff = docWeights[Math.max(0, docWeights.length - QUERY_TERMS)] ?? 0;
      let indexed = 0;
      for (let k = start; k < end && indexed < QUERY_TERMS; k++) {
        if (weights[k]! < cutoff) continue;
        topTerms.push(k);
        this.termPostings.add(termValues[k]!, doc);
        indexed++;
      }
      const sketchEnd = Math.min(shingleOffsets[doc + 1]!, shingleOffsets[doc]! + SKETCH_SIZE);
      for (let k = shingleOffsets[doc]!; k < sketchEnd; k++)
        this.shinglePostings.add(shingles.values[k]!, doc);
    }
    topOffsets[n] = topTerms.length;

    this.offsets = offsets;
    // Views, not copies: the spare capacity is cheaper than a second copy at peak.
    this.terms = termValues.subarray(0, terms.length);
    this.weights = weights.subarray(0, terms.length);
    this.shingleOffsets = shingleOffsets;
    this.shingles = shingles.values.subarray(0, shingles.length);
    this.present = present;
    this.topOffsets = topOffsets;
    this.topTerms = topTerms.values.subarray(0, topTerms.length);
    this.scores = new Float32Array(n);
  }

  has(doc: number): boolean {
    return this.present[doc] === 1;
  }

  /** Similarity of two abstracts in [0, 1]: the larger of shingle containment and TF-IDF cosine. */
  similarity(a: number, b: number): number {
    if (!this.has(a) || !this.has(b)) return 0;
    return Math.max(this.containment(a, b), this.cosine(a, b));
  }

  /** Documents that share distinctive words with `doc`, best first, `doc` itself excluded. */
  candidates(doc: number, limit: number): number[] {
    if (!this.has(doc)) return [];
    const touched: number[] = [];
    const scores = this.scores;
    const credit = (list: readonly number[] | undefined, weight: number): void => {
      if (!list) return;
      for (const other of list) {
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight;
      }
    };
    for (let t = this.topOffsets[doc]!; t < this.topOffsets[doc + 1]!; t++) {
      const k = this.topTerms[t]!;
      credit(this.termPostings.get(this.terms[k]!), this.weights[k]!);
    }
    // A shared sketch shingle is strong evidence of shared text: it outweighs any one word.
    const sketchEnd = Math.min(
      this.shingleOffsets[doc + 1]!,
      this.shingleOffsets[doc]! + SKETCH_SIZE,
    );
    for (let k = this.shingleOffsets[doc]!; k < sketchEnd; k++)
      credit(this.shinglePostings.get(this.shingles[k]!), 1);
    const ranked = touched.map((other) => ({ other, score: scores[other]! }));
    for (const other of touched) scores[other] = 0;
    return ranked
      .sort((p, q) => q.score - p.score || p.other - q.other)
      .slice(0, limit)
      .map((r) => r.other);
  }

  private cosine(a: number, b: number): number {
    let i = this.offsets[a]!;
    let j = this.offsets[b]!;
    const endA = this.offsets[a + 1]!;
    const endB = this.offsets[b + 1]!;
    let dot = 0;
    while (i < endA && j < endB) {
      const x = this.terms[i]!;
      const y = this.terms[j]!;
      if (x === y) dot += this.weights[i++]! * this.weights[j++]!;
      else if (x < y) i++;
      else j++;
    }
    return dot;
  }

  /** Share of the smaller shingle set found in the larger (1 when one text contains the other). */
  private containment(a: number, b: number): number {
    let i = this.shingleOffsets[a]!;
    let j = this.shingleOffsets[b]!;
    const endA = this.shingleOffsets[a + 1]!;
    const endB = this.shingleOffsets[b + 1]!;
    const smaller = Math.min(endA - i, endB - j);
    if (smaller === 0) return 0;
    let shared = 0;
    while (i < endA && j < endB) {
      const x = this.shingles[i]!;
      const y = this.shingles[j]!;
      if (x === y) {
        shared++;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return shared / smaller;
  }
}

/** Posting lists that give up on keys shared by too many documents. */
class Postings {
  private readonly lists = new Map<number, number[]>();
  private readonly saturated = new Set<number>();

  add(key: number, doc: number): void {
    if (this.saturated.has(key)) return;
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [doc]);
    else if (list.length < MAX_POSTING) list.push(doc);
    else {
      this.lists.delete(key);
      this.saturated.add(key);
    }
  }

  get(key: number): readonly number[] | undefined {
    return this.lists.get(key);
  }
}

/**
 * Sorted unique hashes of the word 3-grams of `ids[0 .. count)`, written into `out`; returns
 * how many. Built from term ids (no strings): order-sensitive, so they tell a copy from a rewrite.
 */
function shingleHashes(ids: Int32Array, count: number, out: Uint32Array): number {
  const n = Math.max(1, count - SHINGLE_SIZE + 1);
  for (let i = 0; i < n; i++) {
    let h = Math.imul(ids[i]! + 1, 0x9e3779b1);
    h = Math.imul(h ^ (i + 1 < count ? ids[i + 1]! : -1), 0x85ebca77);
    h = Math.imul(h ^ (i + 2 < count ? ids[i + 2]! : -2), 0xc2b2ae3d);
    out[i] = (h ^ (h >>> 16)) >>> 0;
  }
  out.subarray(0, n).sort();
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i]!;
  return unique;
}
