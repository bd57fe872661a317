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
 *
 * Documents are the callers' (entries); the index itself holds each distinct text once
 * (`distinctTexts.ts`), weighted as often as it occurs, so every answer is what indexing
 * every copy would give: the same words, weights, candidates and similarities.
 */
import { Uint32Ids } from '../../util/uint32Ids';
import { GrowableArray } from './growableArray';
import { kthLargest } from './kthLargest';
import { containmentAtLeast, cosineAtLeast } from './abstractSimilarity';
import { CandidateRanking } from './candidateRanking';
import { distinctTexts } from './distinctTexts';
import { PostingLists } from './postings';
import { shingleHashes, wordHashes } from './text';

/** How many of an abstract's most distinctive words are indexed and used to find candidates. */
const QUERY_TERMS = 24;
/** How many of an abstract's shingles (the smallest hashes: a min-hash sketch) are indexed. */
const SKETCH_SIZE = 12;
/**
 * A posting list longer than this belongs to a word or phrase too common to tell papers
 * apart; it is dropped, which also bounds the cost of every query.
 */
const MAX_POSTING = 64;
/** Word counts below this take their log from a table. */
const COUNT_TABLE = 256;

export class AbstractIndex {
  /** Document d's text is text `textOf[d]` (-1: none). */
  private readonly textOf: Int32Array;
  /** Text t's terms are `terms[offsets[t] .. offsets[t + 1])`, sorted, with `weights` alongside. */
  private readonly offsets: Int32Array;
  private readonly terms: Int32Array;
  private readonly weights: Float32Array;
  /** Text t's sorted unique shingle hashes are `shingles[shingleOffsets[t] .. shingleOffsets[t + 1])`. */
  private readonly shingleOffsets: Int32Array;
  private readonly shingles: Uint32Array;
  private readonly present: Uint8Array;
  /**
   * Finds candidates from each text's query: its distinctive words (keyed by term id,
   * weighted by TF-IDF), then its sketch shingles (keyed past the term ids, weight 1).
   */
  private readonly ranking: CandidateRanking;

  /** `texts[i]` is the abstract of document `i` (undefined when there is none). */
  constructor(abstracts: readonly (string | undefined)[]) {
    const distinct = distinctTexts(abstracts);
    const { texts, copies } = distinct;
    const n = texts.length;
    const offsets = new Int32Array(n + 1);
    // About one distinct word per 8 characters and one shingle per 6: sized once, grown rarely.
    const characters = texts.reduce((sum, t) => sum + t.length, 0);
    // Vocabularies are small (tens of thousands of words) next to the text: let it grow.
    const termIds = new Uint32Ids();
    const terms = new GrowableArray(new Int32Array(Math.max(1024, Math.ceil(characters / 8))));
    // Counts go where the weights will be: a weight is computed from its count, then replaces it.
    const counts = new GrowableArray(new Float32Array(terms.values.length));
    const shingleOffsets = new Int32Array(n + 1);
    const shingles = new GrowableArray(new Uint32Array(Math.max(1024, Math.ceil(characters / 6))));
    const present = new Uint8Array(n);
    const df = new GrowableArray(new Int32Array(1024));

    // Scratch buffers reused for every abstract: a typed array per abstract would put
    // hundreds of thousands of small external allocations on the garbage collector.
    let words = new Uint32Array(4096);
    let ids = new Int32Array(4096);
    let hashes = new Uint32Array(4096);
    texts.forEach((text, doc) => {
      offsets[doc] = terms.length;
      shingleOffsets[doc] = shingles.length;
      const tokenized = wordHashes(text, words);
      words = tokenized.hashes;
      const count = tokenized.count;
      if (count === 0) return;
      present[doc] = 1;
      if (ids.length < count) ids = new Int32Array(count * 2);
      if (hashes.length < count) hashes = new Uint32Array(count * 2);
      for (let i = 0; i < count; i++) {
        const id = termIds.intern(words[i]!);
        if (id === df.length) df.reserve(1)[df.length++] = 0;
        ids[i] = id;
      }
      const shingleCount = shingleHashes(ids, count, hashes);
      shingles.reserve(shingleCount).set(hashes.subarray(0, shingleCount), shingles.length);
      shingles.length += shingleCount;
      // Sorted ids, run-length encoded: the document's terms and their counts.
      const sorted = ids.subarray(0, count).sort();
      const frequencies = df.values;
      const termValues = terms.reserve(count);
      const countValues = counts.reserve(count);
      let length = terms.length;
      for (let i = 0; i < count;) {
        const id = sorted[i]!;
        let j = i + 1;
        while (j < count && sorted[j] === id) j++;
        termValues[length] = id;
        countValues[length++] = j - i;
        // A text counts once for every document carrying it, as if each copy were indexed.
        frequencies[id]! += copies[doc]!;
        i = j;
      }
      terms.length = counts.length = length;
    });
    offsets[n] = terms.length;
    shingleOffsets[n] = shingles.length;

    const documents = present.reduce((sum, p, doc) => sum + p * copies[doc]!, 0);
    const termCount = termIds.size;
    const termValues = terms.values;
    const countValues = counts.values;
    const shingleValues = shingles.values;
    // Each factor of a weight once per word and per count, not once per occurrence (same values).
    const idf = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) idf[t] = Math.log((documents + 1) / df.values[t]!);
    const tf = new Float64Array(COUNT_TABLE);
    for (let c = 1; c < COUNT_TABLE; c++) tf[c] = 1 + Math.log(c);
    const weights = counts.values;
    // A document queries its top words and sketch shingles: their number is known exactly (at
    // least QUERY_TERMS weights reach the QUERY_TERMS-th largest, and the scan stops there).
    const queryOffsets = new Int32Array(n + 1);
    for (let doc = 0; doc < n; doc++)
      queryOffsets[doc + 1] =
        queryOffsets[doc]! +
        Math.min(QUERY_TERMS, offsets[doc + 1]! - offsets[doc]!) +
        Math.min(SKETCH_SIZE, shingleOffsets[doc + 1]! - shingleOffsets[doc]!);
    const queryKeys = new Int32Array(queryOffsets[n]!);
    const queryWeights = new Float32Array(queryOffsets[n]!);
    // Sketch shingles are numbered after the term ids, so both share one set of posting lists.
    const sketchIds = new Uint32Ids(n * 4);
    const keptWeights = new Float64Array(QUERY_TERMS);
    for (let doc = 0; doc < n; doc++) {
      let q = queryOffsets[doc]!;
      const start = offsets[doc]!;
      const end = offsets[doc + 1]!;
      let squares = 0;
      for (let k = start; k < end; k++) {
        const count = countValues[k]!;
        const w = (count < COUNT_TABLE ? tf[count]! : 1 + Math.log(count)) * idf[termValues[k]!]!;
        weights[k] = w;
        squares += w * w;
      }
      const norm = Math.sqrt(squares) || 1;
      for (let k = start; k < end; k++) weights[k] = weights[k]! / norm;
      // Index only the most distinctive words of each abstract: those at or above the
      // QUERY_TERMS-th largest weight (selected, not sorted: a sort per abstract was 5% of this).
      const cutoff = kthLargest(weights, start, end, QUERY_TERMS, keptWeights);
      let indexed = 0;
      for (let k = start; k < end && indexed < QUERY_TERMS; k++) {
        if (weights[k]! < cutoff) continue;
        queryKeys[q] = termValues[k]!;
        queryWeights[q++] = weights[k]!;
        indexed++;
      }
      // A shared sketch shingle is strong evidence of shared text: it outweighs any one word.
      const sketchEnd = Math.min(shingleOffsets[doc + 1]!, shingleOffsets[doc]! + SKETCH_SIZE);
      for (let k = shingleOffsets[doc]!; k < sketchEnd; k++) {
        queryKeys[q] = termCount + sketchIds.intern(shingleValues[k]!);
        queryWeights[q++] = 1;
      }
    }

    this.offsets = offsets;
    // Cut to length: the growable arrays' spare capacity (50 MB at L) would otherwise live as
    // long as the index, through the end of paper resolution where the build's memory peaks;
    // the moment both copies exist is earlier and lower.
    this.terms = termValues.slice(0, terms.length);
    this.weights = weights.slice(0, terms.length);
    this.shingleOffsets = shingleOffsets;
    this.shingles = shingleValues.slice(0, shingles.length);
    this.present = present;
    this.textOf = distinct.textOf;
    this.ranking = new CandidateRanking(
      { offsets: queryOffsets, keys: queryKeys, weights: queryWeights },
      PostingLists.invert(queryOffsets, queryKeys, termCount + sketchIds.size, MAX_POSTING, copies),
      distinct,
    );
  }

  has(doc: number): boolean {
    const text = this.textOf[doc]!;
    return text >= 0 && this.present[text] === 1;
  }

  /**
   * Similarity of two abstracts in [0, 1]: the larger of shingle containment and TF-IDF
   * cosine. When it is below `atLeast` the caller only needs to know that, so the comparison
   * stops as soon as it cannot reach it, and returns 0.
   */
  similarity(a: number, b: number, atLeast = 0): number {
    if (!this.has(a) || !this.has(b)) return 0;
    const textA = this.textOf[a]!;
    const textB = this.textOf[b]!;
    const containment = this.containment(textA, textB, atLeast);
    // Cosine only matters above both: below the containment the larger is the containment.
    const cosine = this.cosine(textA, textB, Math.max(atLeast, containment));
    const larger = Math.max(containment, cosine);
    return larger >= atLeast ? larger : 0;
  }

  /**
   * Documents that share distinctive words with `doc`, best first (ties: lower index first),
   * `doc` itself excluded, at most `limit`.
   */
  candidates(doc: number, limit: number): number[] {
    if (!this.has(doc)) return [];
    return this.ranking.best(this.textOf[doc]!, doc, limit);
  }

  private cosine(a: number, b: number, atLeast: number): number {
    const { offsets } = this;
    return cosineAtLeast(
      this.terms,
      this.weights,
      offsets[a]!,
      offsets[a + 1]!,
      offsets[b]!,
      offsets[b + 1]!,
      atLeast,
    );
  }

  private containment(a: number, b: number, atLeast: number): number {
    const offsets = this.shingleOffsets;
    return containmentAtLeast(
      this.shingles,
      offsets[a]!,
      offsets[a + 1]!,
      offsets[b]!,
      offsets[b + 1]!,
      atLeast,
    );
  }
}
