/**
 * The best few documents by score, kept while scores stream in: an abstract query touches up
 * to a few thousand documents but keeps a dozen, so sorting them all (and an object per
 * document to sort) was most of its cost.
 */
export class TopScores {
  private limit = 0;
  private size = 0;
  private docs = new Int32Array(16);
  private scores = new Float64Array(16);

  /** Forgets every offer; at most `limit` documents are kept from now on. */
  reset(limit: number): void {
    this.limit = Math.max(0, limit);
    this.size = 0;
    if (this.docs.length < this.limit) {
      this.docs = new Int32Array(this.limit);
      this.scores = new Float64Array(this.limit);
    }
  }

  /** Keeps `doc` if it is among the best so far: higher score first, then lower index. */
  offer(doc: number, score: number): void {
    const docs = this.docs;
    const scores = this.scores;
    let at = this.size;
    if (at === this.limit) {
      if (at === 0 || !ahead(score, doc, scores[at - 1]!, docs[at - 1]!)) return;
      at--;
    } else {
      this.size++;
    }
    // Insertion from the back: most offers that get this far land near the end.
    while (at > 0 && ahead(score, doc, scores[at - 1]!, docs[at - 1]!)) {
      docs[at] = docs[at - 1]!;
      scores[at] = scores[at - 1]!;
      at--;
    }
    docs[at] = doc;
    scores[at] = score;
  }

  /**
   * Whether some document with this score could still be kept: a caller with many documents
   * of one score asks once before offering them.
   */
  accepts(score: number): boolean {
    return this.size < this.limit || (this.size > 0 && score >= this.scores[this.size - 1]!);
  }

  /** The kept documents, best first. */
  documents(): number[] {
    return Array.from(this.docs.subarray(0, this.size));
  }
}

function ahead(score: number, doc: number, otherScore: number, otherDoc: number): boolean {
  return score > otherScore || (score === otherScore && doc < otherDoc);
}
