/**
 * Node positions in viewport pixels, from the graph's own coordinates. Sigma's display data
 * can hold un-normalised coordinates between a settings change and the next render, so
 * positions always go through graphToViewport.
 */
import type { VisibleEdge } from '../filters/filters';
import type { Disc, Segment } from './hitTest';
import type { AtlasSigma } from './sigmaContext';

export function nodeDisc(sigma: AtlasSigma, id: string): Disc | null {
  const graph = sigma.getGraph();
  if (!graph.hasNode(id)) return null;
  const attributes = graph.getNodeAttributes(id);
  const display = sigma.getNodeDisplayData(id);
  if (attributes.hidden || !display || display.hidden) return null;
  const p = sigma.graphToViewport(attributes);
  return { id, x: p.x, y: p.y, r: sigma.scaleSize(display.size) };
}

export function nodeDiscs(sigma: AtlasSigma, ids: readonly string[]): Disc[] {
  return ids.flatMap((id) => nodeDisc(sigma, id) ?? []);
}

/** The drawn links among `discs` (the visible nodes), as segments between their centres. */
export function linkSegments(
  sigma: AtlasSigma,
  edges: readonly VisibleEdge[],
  discs: readonly Disc[],
): Segment[] {
  const at = new Map(discs.map((d) => [d.id, d]));
  const segments: Segment[] = [];
  for (const edge of edges) {
    const from = at.get(edge.source);
    const to = at.get(edge.target);
    const data = sigma.getEdgeDisplayData(edge.key);
    if (!from || !to || !data || data.hidden) continue;
    segments.push({ id: edge.key, from, to, width: Math.max(2, data.size) });
  }
  return segments;
}

/** The camera target (framed coordinates) that puts a node at the centre of the view. */
export function framedPosition(sigma: AtlasSigma, id: string): { x: number; y: number } | null {
  const graph = sigma.getGraph();
  if (!graph.hasNode(id) || graph.getNodeAttribute(id, 'hidden')) return null;
  return sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(id)));
}

/**
 * The camera state that shows all of `ids` with a margin: their centre, zoomed in no closer
 * than `minRatio` and out no further than the whole map. Null when none of them is drawn.
 */
export function framingCamera(
  sigma: AtlasSigma,
  ids: readonly string[],
  minRatio = 0.15,
): { x: number; y: number; ratio: number } | null {
  const points = ids.flatMap((id) => framedPosition(sigma, id) ?? []);
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const { width, height } = sigma.getDimensions();
  const ratio = sigma.getCamera().getState().ratio;
  // What the viewport spans in framed units at the current zoom; it scales with the ratio.
  const origin = sigma.viewportToFramedGraph({ x: 0, y: 0 });
  const corner = sigma.viewportToFramedGraph({ x: width, y: height });
  const spanX = Math.abs(corner.x - origin.x) / ratio;
  const spanY = Math.abs(corner.y - origin.y) / ratio;
  const MARGIN = 0.7;
  const needed = Math.max((maxX - minX) / (spanX * MARGIN), (maxY - minY) / (spanY * MARGIN));
  const target = Math.min(1, Math.max(minRatio, Number.isFinite(needed) ? needed : minRatio));
  // Labels run to the right of their nodes: aim a little right of the centre to leave them room.
  const LABEL_ROOM = 0.08;
  return {
    x: (minX + maxX) / 2 + spanX * target * LABEL_ROOM,
    y: (minY + maxY) / 2,
    ratio: target,
  };
}
