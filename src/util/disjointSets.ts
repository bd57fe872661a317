/** Union-find that also lists each set's members (the sets are small: one person's names, one paper's entries). The only one: people and papers both use it. */
export class DisjointSets {
  private readonly parent: number[];
  private readonly lists: number[][];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.lists = Array.from({ length: size }, (_, i) => [i]);
  }

  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }

  members(i: number): number[] {
    return this.lists[this.find(i)]!;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.lists[root]!.push(...this.lists[child]!);
    this.lists[child] = [];
  }
}
