/**
 * A typed array that grows: the flat storage behind every abstract's slice (and behind lists
 * of numbers too many for an array of boxed numbers).
 *
 * Callers write the elements themselves (`reserve`, then `values[length++] = x`): a shared
 * `push` would store into Int32, Uint32, Float32 and Float64 arrays from one place, and
 * V8's store there turns generic and slow once it has seen several kinds.
 */
export class GrowableArray<T extends Int32Array | Uint32Array | Float32Array | Float64Array> {
  length = 0;

  constructor(private data: T) {}

  /** The backing array, grown so that `extra` more elements fit after `length`. */
  reserve(extra: number): T {
    const needed = this.length + extra;
    if (needed > this.data.length) {
      const capacity = Math.max(needed, this.data.length * 2);
      const bigger = new (this.data.constructor as new (n: number) => T)(capacity);
      bigger.set(this.data);
      this.data = bigger;
    }
    return this.data;
  }

  get values(): T {
    return this.data;
  }
}
