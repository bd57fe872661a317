import { DisjointSets } from '../../util/disjointSets';
import type { ListingEntry } from '../formats/types';
import { differingId, distinguishing, type Distinguishing } from './identifiers';

/**
 * Entries joined into papers, refusing to put two entries of one file together (unless told)
 * and ever to join works with different publisher DOIs or arXiv ids.
 */
export class Clusters {
  private readonly sets: DisjointSets;
  private readonly files: Set<string>[];
  private readonly ids: Distinguishing[][];

  /**
   * @param apart entry pairs the alias file says are two works: never in one cluster.
   */
  constructor(
    entries: readonly ListingEntry[],
    private readonly apart: readonly (readonly [number, number])[] = [],
  ) {
    this.sets = new DisjointSets(entries.length);
    this.files = entries.map((e) => new Set([e.ref.file]));
    this.ids = entries.map((e) => {
      const ids = distinguishing(e.ids);
      return ids.publisherDoi || ids.arxiv ? [ids] : [];
    });
  }

  /** The id kind in which the papers of `a` and `b` differ, so they are two works. */
  differ(a: number, b: number): 'doi' | 'arxiv' | undefined {
    return differingId(this.ids[this.find(a)]!, this.ids[this.find(b)]!);
  }

  /** Whether joining the clusters of `a` and `b` would put an alias file's distinct pair together. */
  keptApart(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    return this.apart.some(([x, y]) => {
      const rx = this.find(x);
      const ry = this.find(y);
      return (rx === ra && ry === rb) || (rx === rb && ry === ra);
    });
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
    if (this.differ(ra, rb) || this.keptApart(ra, rb)) return false;
    this.sets.union(ra, rb);
    const root = this.find(ra);
    const child = root === ra ? rb : ra;
    for (const f of this.files[child]!) this.files[root]!.add(f);
    this.ids[root]!.push(...this.ids[child]!);
    this.ids[child] = [];
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
