/** Indices grouped by a key, each group in input order. */
export function groupBy<K>(items: Iterable<number>, keyOf: (i: number) => K): Map<K, number[]> {
  const out = new Map<K, number[]>();
  for (const i of items) {
    const key = keyOf(i);
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  }
  return out;
}
