/**
 * Numbers each distinct 32-bit key 0, 1, 2, … in the order first seen.
 *
 * A `Map<number, number>` does this too, but a uint32 hash is beyond V8's small-integer
 * range half the time, so every lookup boxes a heap number and the map's entries are
 * objects the collector walks: with millions of word and shingle hashes that was most of
 * the abstract index's build time. Here keys and ids live in one typed array (open
 * addressing, linear probing), so neither lookups nor inserts allocate, and a key and its
 * id share a cache line: in a table of millions a lookup is a cache miss, so one not two.
 */
export class Uint32Ids {
  /** Slot s holds a key (as int32) at 2s and its id + 1 at 2s + 1; 0 there marks a free slot. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /**
   * @param expected how many distinct keys to make room for at first (it grows past that);
   *   no more than are likely, since an oversized table spreads few keys over many cache lines.
   */
  constructor(expected = 1024) {
    // A power of two at least twice the expected count: probes stay short at half load.
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** How many distinct keys have been numbered. */
  get size(): number {
    return this.count;
  }

  /** The id of `key`, or -1 when it has none. */
  get(key: number): number {
    const signed = key | 0;
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = spread(signed) & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[2 * slot + 1]!;
      if (stored === 0 || slots[2 * slot] === signed) return stored - 1;
    }
  }

  /** The id of `key`, numbering it next when it is new. */
  intern(key: number): number {
    const signed = key | 0;
    const slots = this.slots;
    const mask = this.mask;
    let slot = spread(signed) & mask;
    for (;;) {
      const stored = slots[2 * slot + 1]!;
      if (stored === 0) break;
      if (slots[2 * slot] === signed) return stored - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    slots[2 * slot] = signed;
    slots[2 * slot + 1] = id + 1;
    if (this.count * 2 > mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = spread(old[s]!) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[s]!;
      slots[2 * slot + 1] = old[s + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * Mixes the key's bits (murmur3's finaliser) so keys that differ only in their high bits,
 * or sequential keys, do not fill neighbouring slots.
 */
function spread(key: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x7fffffff;
}
