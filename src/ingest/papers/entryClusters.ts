import type { ListingEntry } from '../formats/types';

/** Union-find over entry indices that refuses to put two entries of one file together. */
export class Clusters {
  private readonly parent: number[];
  private readonly files: Set<string>[];

  constructor(entries: readonly ListingEntry[]) {
    this.parent = entries.map((_, i) => i);
    this.files = entries.map((e) => new Set([e.ref.file]));
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Joins the clusters of `a` and `b`; false when that would put one file in twice. */
  union(a: number, b: number, allowSameFile: boolean): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const fa = this.files[ra]!;
    const fb = this.files[rb]!;
    if (!allowSameFile && [...fb].some((f) => fa.has(f))) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    for (const f of this.files[child]!) this.files[root]!.add(f);
    return true;
  }

  /** Clusters of the given members, each in input order, ordered by their first member. */
  groups(members: readonly number[]): number[][] {
    const byRoot = new Map<number, number[]>();
    for (const m of [...members].sort((x, y) => x - y)) {
      const root = this.find(m);
      const list = byRoot.get(root);
      if (list) list.push(m);
      else byRoot.set(root, [m]);
    }
    return [...byRoot.values()];
  }
}
