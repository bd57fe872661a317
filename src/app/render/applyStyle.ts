/**
 * Puts the per-view style into sigma's graph. Each change costs sigma a full re-index and a
 * redraw of every item (seconds on a large map in software WebGL), so a style that changes
 * nothing is not written at all; and the map is styled once before sigma first draws it, so
 * the first frame is already the real picture.
 */
import type { Theme } from '../theme/theme';
import { styleGraph, type GraphStyle } from '../theme/style';
import type { AtlasStore } from '../state/store.svelte';
import { createHoverDrawer, createLabelDrawer } from './labels';
import type { AtlasGraph } from './sigmaContext';

const NODE_KEYS = [
  'hidden',
  'size',
  'color',
  'borderColor',
  'borderSize',
  'forceLabel',
  'zIndex',
] as const;
const EDGE_KEYS = ['hidden', 'size', 'color', 'zIndex'] as const;

/** The style of the store's current view (reads its state: call inside an effect to track it). */
export function currentStyle(store: AtlasStore, theme: Theme): GraphStyle {
  return styleGraph(store.data, store.views.visible, store.communities.result, theme, {
    colour: store.settings.colour,
    scaleView: store.views.clusterView,
    linkFloor: store.views.drawing.floor,
  });
}

/** Writes `style` into the graph; false (and nothing written) when it is already there. */
export function applyGraphStyle(graph: AtlasGraph, style: GraphStyle): boolean {
  const changed =
    graph.someNode((id, attributes) => {
      const next = style.node(id);
      return NODE_KEYS.some((key) => attributes[key] !== next[key]);
    }) ||
    graph.someEdge((key, attributes) => {
      const next = style.edge(key);
      return EDGE_KEYS.some((k) => attributes[k] !== next[k]);
    });
  if (!changed) return false;
  // The zIndex hint makes sigma re-index instead of repainting in place: `hidden` changes
  // which items have a place in its programs, and an in-place repaint of an item that was
  // hidden throws ("can't be repaint").
  graph.updateEachNodeAttributes((id, attributes) => ({ ...attributes, ...style.node(id) }), {
    attributes: [...NODE_KEYS],
  });
  graph.updateEachEdgeAttributes((key, attributes) => ({ ...attributes, ...style.edge(key) }), {
    attributes: [...EDGE_KEYS],
  });
  return true;
}

/** The theme's label colour and drawers, for sigma's settings. */
export function themeSettings(theme: Theme) {
  return {
    labelColor: { color: theme.text },
    defaultDrawNodeLabel: createLabelDrawer(theme),
    defaultDrawNodeHover: createHoverDrawer(theme),
  };
}
