/**
 * A view cut down to some of its nodes (the ego network, the network as of a timeline year):
 * the same shape as the filters' view, so everything downstream (Louvain, style, focus, the
 * list) works on it unchanged.
 */
import { withLazyNeighbours, type VisibleView } from '../filters/filters';

export function restrictView(view: VisibleView, keep: ReadonlySet<string>): VisibleView {
  const nodes = view.nodes.filter((id) => keep.has(id));
  const nodeSet = new Set(nodes);
  const edges = view.edges.filter((e) => nodeSet.has(e.source) && nodeSet.has(e.target));
  const paperCount = new Map<string, number>();
  for (const id of nodes) paperCount.set(id, view.paperCount.get(id) ?? 0);
  return withLazyNeighbours({
    nodes,
    nodeSet,
    paperCount,
    edges,
    edgeByKey: new Map(edges.map((e) => [e.key, e])),
    paperTotal: view.paperTotal,
  });
}
