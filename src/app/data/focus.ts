/**
 * Which nodes and links stand out, and which recede: computed once per hover, selection or
 * legend click, so the renderer's per-node reducers are set lookups.
 */
import { pairKey } from '../../model/collaborations';
import type { VisibleView } from '../filters/filters';

export interface FocusInput {
  hovered: string | null;
  selected: string | null;
  pair: readonly [string, string] | null;
  /** Members of the community highlighted from the legend. */
  community: readonly string[] | null;
  /** The authors of a collaboration path, in order (drawn instead of the selection). */
  path?: readonly string[] | null;
  /** Coauthors of the selection to single out (new collaborators in the timeline's year). */
  accent?: readonly string[] | null;
  /** "New since last build": the new people and the people and links of new papers. */
  news?: { authors: ReadonlySet<string>; links: ReadonlySet<string> } | null;
}

/**
 * Hovering dims the map only up to this many links. Every change of focus makes sigma
 * process every node and link again (reducers, z-order, buffers) before the next frame: at
 * M (70,000 links) that is a short pause, at L (713,018) 12–24 s per author the pointer
 * crosses, so a pan across a department's map froze it. There the pointer shows the name
 * alone, and a click still dims the map around the author.
 */
export const HOVER_FOCUS_MAX_LINKS = 100_000;

export type FocusKind = 'hover' | 'pair' | 'path' | 'selection' | 'community' | 'news';

export interface Focus {
  /** What the focus is about: the renderer draws a path's links thicker. */
  kind: FocusKind;
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

function pathFocus(view: VisibleView, path: readonly string[]): Focus {
  const nodes = new Set(path.filter((id) => view.nodeSet.has(id)));
  const edges = new Set<string>();
  for (let i = 1; i < path.length; i++) {
    const key = pairKey(path[i - 1]!, path[i]!);
    if (view.edgeByKey.has(key)) edges.add(key);
  }
  return { kind: 'path', nodes, edges, primary: nodes, strongEdges: edges, labels: nodes };
}

/**
 * Hover wins over an open pair, a pair over a path, a path over the selection, the selection
 * over the legend.
 */
export function computeFocus(view: VisibleView, input: FocusInput): Focus | null {
  const { hovered, selected, pair, community, path, accent, news } = input;
  if (hovered && view.nodeSet.has(hovered)) {
    const { nodes, edges } = neighbourhood(view, hovered);
    const primary = new Set([hovered]);
    if (selected && view.nodeSet.has(selected)) {
      nodes.add(selected);
      primary.add(selected);
    }
    const labels = new Set([...primary, ...strongestNeighbours(view, hovered)]);
    return { kind: 'hover', nodes, edges, primary, strongEdges: edges, labels };
  }
  if (pair) {
    const shown = pair.filter((id) => view.nodeSet.has(id));
    if (shown.length > 0) {
      const key = pairKey(pair[0], pair[1]);
      const edges = new Set(view.edgeByKey.has(key) ? [key] : []);
      const nodes = new Set(shown);
      return { kind: 'pair', nodes, edges, primary: nodes, strongEdges: edges, labels: nodes };
    }
  }
  if (path && path.length > 0 && path.some((id) => view.nodeSet.has(id))) {
    return pathFocus(view, path);
  }
  if (selected && view.nodeSet.has(selected)) {
    const { nodes, edges } = neighbourhood(view, selected);
    const accented = (accent ?? []).filter((id) => nodes.has(id));
    if (accented.length > 0) {
      const primary = new Set([selected, ...accented]);
      const strongEdges = new Set(accented.map((id) => pairKey(selected, id)));
      const labels = new Set([...primary, ...strongestNeighbours(view, selected)]);
      return { kind: 'selection', nodes, edges, primary, strongEdges, labels };
    }
    const labels = new Set([selected, ...strongestNeighbours(view, selected)]);
    return {
      kind: 'selection',
      nodes,
      edges,
      primary: new Set([selected]),
      strongEdges: edges,
      labels,
    };
  }
  if (community) {
    const nodes = new Set(community.filter((id) => view.nodeSet.has(id)));
    const edges = new Set<string>();
    for (const edge of view.edges) {
      if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.key);
    }
    return {
      kind: 'community',
      nodes,
      edges,
      primary: new Set(),
      strongEdges: new Set(),
      labels: new Set(),
    };
  }
  if (news) {
    const nodes = new Set([...news.authors].filter((id) => view.nodeSet.has(id)));
    const edges = new Set([...news.links].filter((key) => view.edgeByKey.has(key)));
    return { kind: 'news', nodes, edges, primary: nodes, strongEdges: edges, labels: nodes };
  }
  return null;
}
