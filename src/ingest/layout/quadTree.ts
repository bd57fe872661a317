/**
 * The Barnes–Hut quadtree of a ForceAtlas2 step: every node's mass summed into the cells that
 * hold it, so a far cell repels as one body and a step costs n log n instead of n².
 *
 * Cells live in flat typed arrays reused from one step to the next: a layout runs tens of
 * steps over tens of thousands of nodes, and allocating a tree per step was most of its time.
 * Cells are threaded for a walk without a stack: `next` is the cell to visit once this one is
 * done with (its next sibling, or its parent's), `-1` at the end of the tree. A parent's index
 * is always below its children's, which lets masses be summed in one backward pass.
 */

/** Below this depth nodes at one point still get cells of their own; past it they share one. */
const MAX_DEPTH = 40;
const NONE = -1;
/** `body` of a cell that has children. */
const INTERNAL = -2;

export class QuadTree {
  cells = 0;
  /** Width of the root cell: the extent of the nodes. */
  rootWidth = 0;
  /**
   * What the force pass reads, packed per cell so one visit touches one cache line:
   * `far[4c .. 4c+3]` = centre of mass x, y, mass, and the squared distance beyond which the
   * cell is one body; `link[2c]` = first child, or `-2 - node` for a leaf holding `node`
   * (`-1` for an empty one), and `link[2c+1]` = the next cell.
   */
  far = new Float64Array(0);
  link = new Int32Array(0);
  /** The nodes in the order the tree holds them: neighbours in space are neighbours here. */
  order = new Int32Array(0);

  private centreX = new Float64Array(0);
  private centreY = new Float64Array(0);
  private width = new Float64Array(0);
  private body = new Int32Array(0);
  private firstChild = new Int32Array(0);
  private next = new Int32Array(0);
  private parent = new Int32Array(0);
  private depth = new Uint8Array(0);

  /**
   * Rebuilds the tree over `count` nodes at `x[i], y[i]` with masses `m[i]`, for a pass whose
   * Barnes–Hut test is the classic one: a cell of width w at distance d is one body when w/d < theta.
   */
  build(count: number, x: Float64Array, y: Float64Array, m: Float64Array, theta: number): void {
    this.reserve(Math.max(4 * count + 1, this.body.length));
    if (this.order.length !== count) this.order = Int32Array.from({ length: count }, (_, i) => i);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < count; i++) {
      if (x[i]! < minX) minX = x[i]!;
      if (x[i]! > maxX) maxX = x[i]!;
      if (y[i]! < minY) minY = y[i]!;
      if (y[i]! > maxY) maxY = y[i]!;
    }
    this.cells = 0;
    this.rootWidth = Math.max(maxX - minX, maxY - minY, 1e-9);
    this.cell((minX + maxX) / 2, (minY + maxY) / 2, this.rootWidth, NONE, NONE, 0);
    // Inserting in the last step's spatial order walks the same few branches one node after
    // another. The tree does not depend on the order (one node per leaf), only its speed does.
    for (let o = 0; o < count; o++) this.insert(this.order[o]!, x, y);
    this.sumMasses(count, x, y, m, theta);
  }

  private insert(node: number, x: Float64Array, y: Float64Array): void {
    const px = x[node]!;
    const py = y[node]!;
    let cell = 0;
    for (;;) {
      const held = this.body[cell]!;
      if (held === INTERNAL) {
        cell = this.quadrant(cell, px, py);
        continue;
      }
      if (held === NONE) {
        this.body[cell] = node;
        return;
      }
      // A leaf that holds someone: split it, unless nodes this close are one point to us.
      if (this.depth[cell]! >= MAX_DEPTH) return; // counted in `sumMasses`, see `merged`
      this.split(cell);
      this.body[this.quadrant(cell, x[held]!, y[held]!)] = held;
    }
  }

  private sumMasses(
    count: number,
    x: Float64Array,
    y: Float64Array,
    m: Float64Array,
    theta: number,
  ): void {
    const far = this.far;
    far.fill(0, 0, this.cells * 4);
    // Nodes that found a full leaf at the depth limit: their mass goes to that leaf.
    const placed = new Uint8Array(count);
    for (let c = 0; c < this.cells; c++) {
      const b = this.body[c]!;
      if (b >= 0) {
        placed[b] = 1;
        far[4 * c] = m[b]! * x[b]!;
        far[4 * c + 1] = m[b]! * y[b]!;
        far[4 * c + 2] = m[b]!;
      }
    }
    let held = 0;
    for (let i = 0; i < count; i++) if (!placed[i]) this.addToLeafAt(i, x, y, m);
    const inverse = 1 / (theta * theta);
    for (let c = this.cells - 1; c >= 0; c--) {
      const p = this.parent[c]!;
      if (p >= 0) {
        far[4 * p] = far[4 * p]! + far[4 * c]!;
        far[4 * p + 1] = far[4 * p + 1]! + far[4 * c + 1]!;
        far[4 * p + 2] = far[4 * p + 2]! + far[4 * c + 2]!;
      }
    }
    for (let c = 0; c < this.cells; c++) {
      const mass = far[4 * c + 2]!;
      if (mass > 0) {
        far[4 * c] = far[4 * c]! / mass;
        far[4 * c + 1] = far[4 * c + 1]! / mass;
      }
      far[4 * c + 3] = this.width[c]! * this.width[c]! * inverse;
      const b = this.body[c]!;
      this.link[2 * c] = b === INTERNAL ? this.firstChild[c]! : b === NONE ? -1 : -2 - b;
      this.link[2 * c + 1] = this.next[c]!;
    }
    // The depth-first order of the leaves, and last the nodes that share one.
    for (let c = 0; c >= 0;) {
      const b = this.body[c]!;
      if (b === INTERNAL) c = this.firstChild[c]!;
      else {
        if (b >= 0) this.order[held++] = b;
        c = this.next[c]!;
      }
    }
    for (let i = 0; i < count; i++) if (!placed[i]) this.order[held++] = i;
  }

  private addToLeafAt(node: number, x: Float64Array, y: Float64Array, m: Float64Array): void {
    let cell = 0;
    while (this.body[cell] === INTERNAL) cell = this.quadrant(cell, x[node]!, y[node]!);
    this.far[4 * cell] = this.far[4 * cell]! + m[node]! * x[node]!;
    this.far[4 * cell + 1] = this.far[4 * cell + 1]! + m[node]! * y[node]!;
    this.far[4 * cell + 2] = this.far[4 * cell + 2]! + m[node]!;
  }

  private split(cell: number): void {
    const half = this.width[cell]! / 2;
    const quarter = half / 2;
    const cx = this.centreX[cell]!;
    const cy = this.centreY[cell]!;
    const depth = this.depth[cell]! + 1;
    // Children in quadrant order (see `quadrant`), each threaded to the next, the last to
    // wherever the parent was threaded.
    const first = this.cells;
    for (let q = 0; q < 4; q++) {
      this.cell(
        cx + (q & 1 ? quarter : -quarter),
        cy + (q & 2 ? quarter : -quarter),
        half,
        q < 3 ? first + q + 1 : this.next[cell]!,
        cell,
        depth,
      );
    }
    this.firstChild[cell] = first;
    this.body[cell] = INTERNAL;
  }

  private quadrant(cell: number, px: number, py: number): number {
    const right = px >= this.centreX[cell]! ? 1 : 0;
    const below = py >= this.centreY[cell]! ? 2 : 0;
    return this.firstChild[cell]! + right + below;
  }

  private cell(
    cx: number,
    cy: number,
    width: number,
    next: number,
    parent: number,
    depth: number,
  ): void {
    if (this.cells === this.body.length) this.reserve(this.cells * 2);
    const c = this.cells++;
    this.centreX[c] = cx;
    this.centreY[c] = cy;
    this.width[c] = width;
    this.body[c] = NONE;
    this.firstChild[c] = NONE;
    this.next[c] = next;
    this.parent[c] = parent;
    this.depth[c] = depth;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.body.length) return;
    const keep = this.cells;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, size: number): T => {
      const bigger = new (old.constructor as new (n: number) => T)(size);
      bigger.set(old.subarray(0, keep * (size / capacity)));
      return bigger;
    };
    this.centreX = grow(this.centreX, capacity);
    this.centreY = grow(this.centreY, capacity);
    this.width = grow(this.width, capacity);
    this.body = grow(this.body, capacity);
    this.firstChild = grow(this.firstChild, capacity);
    this.next = grow(this.next, capacity);
    this.parent = grow(this.parent, capacity);
    this.depth = grow(this.depth, capacity);
    this.far = grow(this.far, capacity * 4);
    this.link = grow(this.link, capacity * 2);
  }
}
