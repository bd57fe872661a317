/** The graphology graph sigma draws: every author and pair of the file, styled per view. */
import { UndirectedGraph } from 'graphology';
import type { AtlasData } from '../data/atlasData';
import type { EdgeStyle, GraphStyle, NodeStyle } from '../theme/style';

export interface NodeAttributes extends NodeStyle {
  x: number;
  y: number;
  label: string;
}

export type EdgeAttributes = EdgeStyle;

/**
 * All authors and pairs are in the graph once; filters only flip `hidden`. Re-adding nodes on
 * every filter change would re-index sigma and lose hover and camera state. The graph is built
 * in its first style: writing a style over a neutral one afterwards would cost a pass over
 * every item before the first frame.
 */
export function buildRenderGraph(
  data: AtlasData,
  style: GraphStyle,
): UndirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const author of data.authors) {
    graph.addNode(author.id, {
      x: author.x,
      y: author.y,
      label: author.name,
      ...style.node(author.id),
    });
  }
  for (const pair of data.pairs) {
    graph.addEdgeWithKey(pair.key, pair.source, pair.target, style.edge(pair.key));
  }
  return graph;
}

type Bounds = { x: [number, number]; y: [number, number] };

export function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

/** The layout's extent: sigma keeps framing it even when filters hide the outer nodes. */
export function layoutBounds(data: AtlasData): Bounds {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of data.authors) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return { x: [0, 1], y: [0, 1] };
  if (minX === maxX) [minX, maxX] = [minX - 1, maxX + 1];
  if (minY === maxY) [minY, maxY] = [minY - 1, maxY + 1];
  return { x: [minX, maxX], y: [minY, maxY] };
}
