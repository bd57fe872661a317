/**
 * The `k`-th largest of `values[start .. end)`, repeats counted (the smallest when there are
 * fewer than `k`; 0 when there are none): what sorting a copy and reading it from the top
 * gives, without the copy and the sort. An abstract has a hundred-odd weights and wants the
 * 24th largest, so most weights are rejected by one comparison with the smallest kept.
 *
 * `kept` is scratch room for at least `k` values (reused across calls, not allocated each).
 */
export function kthLargest(
  values: Float32Array,
  start: number,
  end: number,
  k: number,
  kept: Float64Array,
): number {
  // kept[0 .. size) holds the largest values seen so far, in descending order.
  let size = 0;
  for (let i = start; i < end; i++) {
    const value = values[i]!;
    if (size === k) {
      if (value <= kept[k - 1]!) continue;
      size--;
    }
    let at = size++;
    while (at > 0 && kept[at - 1]! < value) {
      kept[at] = kept[at - 1]!;
      at--;
    }
    kept[at] = value;
  }
  return size === 0 ? 0 : kept[size - 1]!;
}
