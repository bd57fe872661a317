/**
 * Which nodes and links stand out, and which recede: computed once per hover, selection or
 * legend click, so the renderer's per-node reducers are set lookups.
 */
import { pairKey } from '../../model/collaborations';
import type { VisibleView } from './filters';

export interface FocusInput {
  hovered: string | null;
  selected: string | null;
  pair: readonly [string, string] | null;
  /** Members of the community highlighted from the legend. */
  community: readonly string[] | null;
}

export interface Focus {
  /** Nodes drawn normally (everything else is dimmed). */
  nodes: ReadonlySet<string>;
  /** Links drawn normally (everything else is dimmed). */
  edges: ReadonlySet<string>;
  /** The nodes the focus is about (hovered, selected, the pair): drawn on top, labelled. */
  primary: ReadonlySet<string>;
  /** Links to emphasise (the hovered or selected node's own links, the pair's link). */
  strongEdges: ReadonlySet<string>;
  /**
   * Nodes whose labels are shown whatever the zoom: the primary nodes and their closest
   * coauthors. Forcing every neighbour's label would pile them up around a hub.
   */
  labels: ReadonlySet<string>;
}

/** Closest coauthors labelled around a hovered or selected author. */
export const FOCUS_LABELS = 12;

function strongestNeighbours(view: VisibleView, id: string): string[] {
  return [...(view.neighbours.get(id) ?? [])]
    .map((other) => ({ other, weight: view.edgeByKey.get(pairKey(id, other))?.weight ?? 0 }))
    .sort((a, b) => b.weight - a.weight || (a.other < b.other ? -1 : 1))
    .slice(0, FOCUS_LABELS)
    .map(({ other }) => other);
}

function neighbourhood(view: VisibleView, id: string) {
  const nodes = new Set([id]);
  const edges = new Set<string>();
  for (const other of view.neighbours.get(id) ?? []) {
    nodes.add(other);
    edges.add(pairKey(id, other));
  }
  return { nodes, edges };
}

/** Hover wins over an open pair, a pair over the selection, the selection over the legend. */
export function computeFocus(view: VisibleView, input: FocusInput): Focus | null {
  const { hovered, selected, pair, community } = input;
  if (hovered && view.nodeSet.has(hovered)) {
    const { nodes, edges } = neighbourhood(view, hovered);
    const primary = new Set([hovered]);
    if (selected && view.nodeSet.has(selected)) {
      nodes.add(selected);
      primary.add(selected);
    }
    const labels = new Set([...primary, ...strongestNeighbours(view, hovered)]);
    return { nodes, edges, primary, strongEdges: edges, labels };
  }
  if (pair) {
    const shown = pair.filter((id) => view.nodeSet.has(id));
    if (shown.length > 0) {
      const key = pairKey(pair[0], pair[1]);
      const edges = new Set(view.edgeByKey.has(key) ? [key] : []);
      const nodes = new Set(shown);
      return { nodes, edges, primary: nodes, strongEdges: edges, labels: nodes };
    }
  }
  if (selected && view.nodeSet.has(selected)) {
    const { nodes, edges } = neighbourhood(view, selected);
    const labels = new Set([selected, ...strongestNeighbours(view, selected)]);
    return { nodes, edges, primary: new Set([selected]), strongEdges: edges, labels };
  }
  if (community) {
    const nodes = new Set(community.filter((id) => view.nodeSet.has(id)));
    const edges = new Set<string>();
    for (const edge of view.edges) {
      if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.key);
    }
    return { nodes, edges, primary: new Set(), strongEdges: new Set(), labels: new Set() };
  }
  return null;
}
