/**
 * The abstract index's candidate search: the texts sharing distinctive words or sketch
 * shingles with a query text, scored by the weights they share, and the best documents among
 * them. Scratch buffers are reused for every query: hundreds of thousands of queries must
 * not each allocate.
 */
import type { DistinctTexts } from './distinctTexts';
import type { PostingLists } from './postings';
import { TopScores } from './topScores';

/** Text t's query is `keys[offsets[t] .. offsets[t + 1])` with `weights` alongside. */
export interface TextQueries {
  offsets: Int32Array;
  keys: Int32Array;
  weights: Float32Array;
}

export class CandidateRanking {
  private readonly scores: Float32Array;
  private touched: Int32Array = new Int32Array(1024);
  private readonly top = new TopScores();

  constructor(
    private readonly queries: TextQueries,
    private readonly postings: PostingLists,
    private readonly texts: Pick<DistinctTexts, 'docStarts' | 'docs'>,
  ) {
    this.scores = new Float32Array(texts.docStarts.length - 1);
  }

  /**
   * Documents whose texts share keys with `text`, best first (ties: lower index first),
   * `doc` itself excluded, at most `limit`.
   */
  best(text: number, doc: number, limit: number): number[] {
    return this.rank(doc, this.scoreTexts(text), limit);
  }

  /**
   * Scores every text sharing a query key with `text` (its own too, for the other documents
   * carrying it) into `scores`, and lists them in `touched`; returns how many.
   */
  private scoreTexts(text: number): number {
    const { scores, postings } = this;
    const { offsets, keys, weights } = this.queries;
    const listed = postings.documents;
    let touched = this.touched;
    let touchedCount = 0;
    for (let q = offsets[text]!; q < offsets[text + 1]!; q++) {
      const key = keys[q]!;
      const weight = weights[q]!;
      const end = postings.end(key);
      for (let p = postings.start(key); p < end; p++) {
        const other = listed[p]!;
        if (scores[other] === 0) {
          if (touchedCount === touched.length) touched = this.growTouched();
          touched[touchedCount++] = other;
        }
        scores[other] = scores[other]! + weight;
      }
    }
    return touchedCount;
  }

  /** The best `limit` documents of the touched texts but `doc`; clears their scores. */
  private rank(doc: number, touchedCount: number, limit: number): number[] {
    const { scores, touched, top } = this;
    const { docStarts, docs } = this.texts;
    // Only the best `limit` are wanted: a bounded insertion instead of sorting them all.
    top.reset(limit);
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const score = scores[other]!;
      scores[other] = 0;
      // Most texts score too low to be kept: their documents are not even looked up.
      if (!top.accepts(score)) continue;
      const end = docStarts[other + 1]!;
      for (let d = docStarts[other]!; d < end; d++) {
        const candidate = docs[d]!;
        if (candidate !== doc) top.offer(candidate, score);
      }
    }
    return top.documents();
  }

  private growTouched(): Int32Array {
    const bigger = new Int32Array(this.touched.length * 2);
    bigger.set(this.touched);
    this.touched = bigger;
    return bigger;
  }
}
