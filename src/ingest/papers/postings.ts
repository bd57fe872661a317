/**
 * Posting lists (the documents of each key) that give up on keys shared by too many documents.
 *
 * Built in one go from every document's keys, in two passes: count each key's documents,
 * then lay the lists end to end in one typed array. A map of growing arrays, keyed by
 * hashes beyond the small-integer range, cost a heap number per lookup and an array per key.
 */
export class PostingLists {
  private constructor(
    /** Key k's documents are `docs[starts[k] .. starts[k + 1])`, ascending. */
    private readonly starts: Int32Array,
    private readonly docs: Int32Array,
  ) {}

  /**
   * Inverts document → keys (document d's keys are `keys[offsets[d] .. offsets[d + 1])`,
   * each below `keyCount`) into key → documents. A key given to more than `cap` documents
   * gets an empty list: it is too common to tell documents apart. When a document stands
   * for several (`copies[d]` identical texts), it counts that many times towards the cap.
   */
  static invert(
    offsets: Int32Array,
    keys: Int32Array,
    keyCount: number,
    cap: number,
    copies?: Int32Array,
  ): PostingLists {
    const documents = offsets.length - 1;
    const starts = new Int32Array(keyCount + 1);
    // Documents a key stands for, when that is not its list's length.
    const represented = copies ? new Int32Array(keyCount) : undefined;
    for (let doc = 0; doc < documents; doc++) {
      const times = copies ? copies[doc]! : 1;
      for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) {
        starts[keys[k]! + 1]!++;
        if (represented) represented[keys[k]!]! += times;
      }
    }
    // Prefix sums over the kept keys only; an over-full key's list takes no room.
    let total = 0;
    for (let key = 0; key < keyCount; key++) {
      const count = starts[key + 1]!;
      starts[key] = total;
      if ((represented ? represented[key]! : count) <= cap) total += count;
    }
    starts[keyCount] = total;
    const docs = new Int32Array(total);
    // `fill[key]` is where the key's next document goes; its list ends where the next begins.
    const fill = starts.slice(0, keyCount);
    for (let doc = 0; doc < documents; doc++) {
      for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) {
        const key = keys[k]!;
        const at = fill[key]!;
        if (at < starts[key + 1]!) {
          docs[at] = doc;
          fill[key] = at + 1;
        }
      }
    }
    return new PostingLists(starts, docs);
  }

  /** Where key's documents begin in `documents`. */
  start(key: number): number {
    return this.starts[key]!;
  }

  /** Where key's documents end in `documents` (the start when the list was dropped). */
  end(key: number): number {
    return this.starts[key + 1]!;
  }

  get documents(): Int32Array {
    return this.docs;
  }
}
