/**
 * Abstract similarity with blocking: no all-pairs comparison.
 *
 * Two measures, because versions of an abstract differ in two ways:
 * - copied text with debris added or a sentence dropped: shingle containment is near 1;
 * - a rewrite of the same work (an earlier or later version): the rare words survive,
 *   so TF-IDF cosine stays well above unrelated abstracts from the same group.
 * Candidates come from posting lists of each abstract's most distinctive words, so the
 * cost grows with the number of abstracts, not its square.
 */
import { containment, shingles, words } from './text';

/** Words this common say nothing about which paper an abstract belongs to. */
const MIN_MAX_DF = 64;
/** How many of an abstract's most distinctive words are used to find candidates. */
const QUERY_TERMS = 32;

interface DocVector {
  terms: Int32Array;
  weights: Float64Array;
  shingles: Set<number>;
}

export class AbstractIndex {
  private readonly docs: (DocVector | undefined)[];
  private readonly postings = new Map<number, number[]>();
  private readonly maxDf: number;

  /** `texts[i]` is the abstract of document `i` (undefined when there is none). */
  constructor(texts: readonly (string | undefined)[]) {
    const termIds = new Map<string, number>();
    const counts = texts.map((text) => {
      if (!text) return undefined;
      const tokens = words(text);
      const tf = new Map<number, number>();
      for (const token of tokens) {
        let id = termIds.get(token);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(token, id);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      return { tf, shingles: shingles(tokens) };
    });
    const df = new Int32Array(termIds.size);
    for (const c of counts) if (c) for (const id of c.tf.keys()) df[id] = (df[id] ?? 0) + 1;
    const n = counts.filter(Boolean).length;
    this.maxDf = Math.max(MIN_MAX_DF, Math.ceil(Math.sqrt(n) * 4));

    this.docs = counts.map((c, doc) => {
      if (!c) return undefined;
      const entries = [...c.tf.entries()].sort((a, b) => a[0] - b[0]);
      const terms = Int32Array.from(entries.map(([id]) => id));
      const weights = Float64Array.from(
        entries.map(([id, count]) => (1 + Math.log(count)) * Math.log((n + 1) / (df[id] ?? 1))),
      );
      let squares = 0;
      for (const w of weights) squares += w * w;
      const norm = Math.sqrt(squares) || 1;
      for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
      // Index only the most distinctive words of each abstract.
      const top = [...terms.keys()]
        .filter((k) => (df[terms[k] ?? 0] ?? 0) <= this.maxDf)
        .sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b)
        .slice(0, QUERY_TERMS);
      for (const k of top) {
        const term = terms[k] ?? 0;
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push(doc);
      }
      return { terms, weights, shingles: c.shingles };
    });
  }

  has(doc: number): boolean {
    return this.docs[doc] !== undefined;
  }

  /** Similarity of two abstracts in [0, 1]: the larger of shingle containment and TF-IDF cosine. */
  similarity(a: number, b: number): number {
    const x = this.docs[a];
    const y = this.docs[b];
    if (!x || !y) return 0;
    return Math.max(containment(x.shingles, y.shingles), cosine(x, y));
  }

  /** Documents that share distinctive words with `doc`, best first, `doc` itself excluded. */
  candidates(doc: number, limit: number): number[] {
    const x = this.docs[doc];
    if (!x) return [];
    const scores = new Map<number, number>();
    for (let k = 0; k < x.terms.length; k++) {
      const list = this.postings.get(x.terms[k] ?? -1);
      if (!list || list.length > this.maxDf) continue;
      const w = x.weights[k] ?? 0;
      for (const other of list) if (other !== doc) scores.set(other, (scores.get(other) ?? 0) + w);
    }
    return [...scores.entries()]
      .sort((p, q) => q[1] - p[1] || p[0] - q[0])
      .slice(0, limit)
      .map(([other]) => other);
  }
}

function cosine(x: DocVector, y: DocVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < x.terms.length && j < y.terms.length) {
    const a = x.terms[i] ?? 0;
    const b = y.terms[j] ?? 0;
    if (a === b) dot += (x.weights[i++] ?? 0) * (y.weights[j++] ?? 0);
    else if (a < b) i++;
    else j++;
  }
  return dot;
}
