/**
 * What each node and link looks like for a given view, community colouring and theme: sizes
 * from papers, thickness from joint papers, colour from community. Sigma-free so it can be
 * tested; the renderer copies these attributes into its graph in one pass per change.
 */
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { AtlasData } from '../data/atlasData';
import type { CommunityResult } from '../communities/communities';
import type { VisibleView } from '../filters/filters';
import { withAlpha } from './colour';
import { rosterStatus } from '../roster/roster';
import { slotColour, type Theme } from './theme';
import type { ColourMode } from '../params/url';

export interface NodeStyle {
  hidden: boolean;
  size: number;
  color: string;
  borderColor: string;
  /** Border width as a fraction of the radius (node-border program, relative mode). */
  borderSize: number;
  /** Label shown at every zoom level (the most prolific authors, owners). */
  forceLabel: boolean;
  zIndex: number;
}

export interface EdgeStyle {
  hidden: boolean;
  size: number;
  color: string;
  zIndex: number;
}

export const NODE_SIZE = { min: 3, max: 15, owner: 17 };
export const EDGE_SIZE = { min: 0.6, max: 5 };

/** How many of the most prolific authors keep their label at every zoom. */
export function forcedLabelCount(visible: number): number {
  return Math.max(3, Math.min(20, Math.round(Math.sqrt(visible))));
}

export interface GraphStyle {
  node(id: string): NodeStyle;
  edge(key: string): EdgeStyle;
  /** Community colour of a node (or the pending colour before communities are known). */
  colourOf(id: string): string;
}

export interface StyleOptions {
  /** What node colours stand for (default: communities). */
  colour?: ColourMode;
  /**
   * The view that sets the size scales (default: `view`). The timeline passes the whole range,
   * so a node's size grows with its papers instead of the scale shifting under it every year.
   */
  scaleView?: VisibleView;
  /** Links with fewer joint papers are not drawn (a large map draws its strongest; drawnLinks.ts). */
  linkFloor?: number;
}

export function styleGraph(
  data: AtlasData,
  view: VisibleView,
  communities: CommunityResult | null,
  theme: Theme,
  options: StyleOptions = {},
): GraphStyle {
  const scaleView = options.scaleView ?? view;
  const linkFloor = options.linkFloor ?? 1;
  const byRoster = options.colour === 'roster' && data.file.roster !== undefined;
  const counts = scaleView.nodes
    .filter((id) => !data.owners.has(id))
    .map((id) => scaleView.paperCount.get(id) ?? 0);
  const maxPapers = Math.max(1, ...counts);
  const nodeSize = scaleSqrt()
    .domain([1, Math.max(2, maxPapers)])
    .range([NODE_SIZE.min, NODE_SIZE.max])
    .clamp(true);

  const weights = scaleView.edges
    .filter((e) => !data.owners.has(e.source) && !data.owners.has(e.target))
    .map((e) => e.weight);
  // Fractional counting gives weights below 1: the scale starts at the weakest link then.
  let weakest = 1;
  let strongest = 2;
  for (const weight of weights) {
    if (weight < weakest) weakest = weight;
    if (weight > strongest) strongest = weight;
  }
  const edgeSize = scaleLinear()
    .domain([weakest, strongest])
    .range([EDGE_SIZE.min, EDGE_SIZE.max])
    .clamp(true);

  const labelled = new Set(
    [...view.nodes]
      .sort((a, b) => (view.paperCount.get(b) ?? 0) - (view.paperCount.get(a) ?? 0))
      .slice(0, forcedLabelCount(view.nodes.length)),
  );
  for (const owner of data.owners) labelled.add(owner);

  const colourCache = new Map<number, string>();
  const colourOf = (id: string): string => {
    if (byRoster) return theme.roster[rosterStatus(data.authorById.get(id))];
    const slot = communities?.slotOf.get(id);
    if (slot === undefined) return theme.pendingNode;
    let colour = colourCache.get(slot);
    if (!colour) colourCache.set(slot, (colour = slotColour(theme, slot)));
    return colour;
  };
  const neutralEdge = withAlpha(theme.edge, theme.name === 'light' ? 0.32 : 0.3);
  const ownerEdge = withAlpha(theme.ownerEdge, theme.name === 'light' ? 0.16 : 0.18);

  return {
    colourOf,
    node(id) {
      const visible = view.nodeSet.has(id);
      const owner = data.owners.has(id);
      return {
        hidden: !visible,
        size: owner ? NODE_SIZE.owner : nodeSize(view.paperCount.get(id) ?? 1),
        color: colourOf(id),
        borderColor: owner ? theme.ownerRing : theme.nodeOutline,
        borderSize: owner ? 0.28 : 0.12,
        forceLabel: labelled.has(id),
        zIndex: owner ? 2 : labelled.has(id) ? 1 : 0,
      };
    },
    edge(key) {
      const edge = view.edgeByKey.get(key);
      if (!edge) return { hidden: true, size: EDGE_SIZE.min, color: neutralEdge, zIndex: 0 };
      const toOwner = data.owners.has(edge.source) || data.owners.has(edge.target);
      const a = communities?.slotOf.get(edge.source);
      const sameCommunity = byRoster
        ? data.authorById.get(edge.source)?.roster !== undefined &&
          data.authorById.get(edge.target)?.roster !== undefined
        : a !== undefined && a === communities?.slotOf.get(edge.target);
      return {
        hidden: edge.papers < linkFloor,
        size: edgeSize(edge.weight),
        color: toOwner
          ? ownerEdge
          : sameCommunity
            ? withAlpha(byRoster ? theme.roster.member : colourOf(edge.source), 0.5)
            : neutralEdge,
        zIndex: toOwner ? 0 : 1,
      };
    },
  };
}
