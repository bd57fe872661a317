/**
 * Numbers each distinct 32-bit key 0, 1, 2, … in the order first seen.
 *
 * A `Map<number, number>` does this too, but a uint32 hash is beyond V8's small-integer
 * range half the time, so every lookup boxes a heap number and the map's entries are
 * objects the collector walks: with millions of word and shingle hashes that was most of
 * the abstract index's build time. Here keys and ids live in two typed arrays (open
 * addressing, linear probing), so neither lookups nor inserts allocate.
 */
const EMPTY = -1;

export class Uint32Ids {
  private keys: Uint32Array;
  /** `ids[slot]` is the id of `keys[slot]`, or EMPTY for a free slot. */
  private ids: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    // A power of two at least twice the expected count: probes stay short at half load.
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.ids = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** How many distinct keys have been numbered. */
  get size(): number {
    return this.count;
  }

  /** The id of `key`, or -1 when it has none. */
  get(key: number): number {
    const unsigned = key >>> 0;
    const keys = this.keys;
    const ids = this.ids;
    const mask = this.mask;
    for (let slot = spread(unsigned) & mask; ; slot = (slot + 1) & mask) {
      const id = ids[slot]!;
      if (id === EMPTY || keys[slot] === unsigned) return id;
    }
  }

  /** The id of `key`, numbering it next when it is new. */
  intern(key: number): number {
    const unsigned = key >>> 0;
    const keys = this.keys;
    const ids = this.ids;
    const mask = this.mask;
    let slot = spread(unsigned) & mask;
    for (;;) {
      const id = ids[slot]!;
      if (id === EMPTY) break;
      if (keys[slot] === unsigned) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    keys[slot] = unsigned;
    ids[slot] = id;
    if (this.count * 2 > keys.length) this.grow();
    return id;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    const capacity = oldKeys.length * 2;
    this.keys = new Uint32Array(capacity);
    this.ids = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    for (let old = 0; old < oldKeys.length; old++) {
      const id = oldIds[old]!;
      if (id === EMPTY) continue;
      let slot = spread(oldKeys[old]!) & this.mask;
      while (this.ids[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.keys[slot] = oldKeys[old]!;
      this.ids[slot] = id;
    }
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
