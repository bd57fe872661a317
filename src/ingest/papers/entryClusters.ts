import { DisjointSets } from '../../util/disjointSets';
import type { ListingEntry } from '../formats/types';

/** Entries joined into papers, refusing to put two entries of one file together. */
export class Clusters {
  private readonly sets: DisjointSets;
  private readonly files: Set<string>[];

  constructor(entries: readonly ListingEntry[]) {
    this.sets = new DisjointSets(entries.length);
    this.files = entries.map((e) => new Set([e.ref.file]));
  }

  find(i: number): number {
    return this.sets.find(i);
  }

  /** Joins the clusters of `a` and `b`; false when that would put one file in twice. */
  union(a: number, b: number, allowSameFile: boolean): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const fa = this.files[ra]!;
    const fb = this.files[rb]!;
    if (!allowSameFile && [...fb].some((f) => fa.has(f))) return false;
    this.sets.union(ra, rb);
    const root = this.find(ra);
    const merged = root === ra ? fa : fb;
    for (const f of root === ra ? fb : fa) merged.add(f);
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
