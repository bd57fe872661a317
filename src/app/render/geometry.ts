/**
 * Node positions in viewport pixels, from the graph's own coordinates. Sigma's display data
 * can hold un-normalised coordinates between a settings change and the next render, so
 * positions always go through graphToViewport.
 */
import type { Disc } from './hitTest';
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

/** The camera target (framed coordinates) that puts a node at the centre of the view. */
export function framedPosition(sigma: AtlasSigma, id: string): { x: number; y: number } | null {
  const graph = sigma.getGraph();
  if (!graph.hasNode(id) || graph.getNodeAttribute(id, 'hidden')) return null;
  return sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(id)));
}
