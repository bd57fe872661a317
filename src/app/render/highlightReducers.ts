/**
 * The reducers that draw a focus (hover, selection, pair, path, legend, rebuild): the focused
 * nodes and links keep their colours, everything else is dimmed. Sigma-free and pure, so what
 * a focus draws can be tested; each call is a set lookup, so a frame costs O(1) per item.
 */
import type { Focus } from '../data/focus';
import { withAlpha } from '../theme/colour';
import type { Theme } from '../theme/theme';
import type { EdgeAttributes, NodeAttributes } from './renderGraph';

type NodeDrawn = NodeAttributes & { highlighted?: boolean };

export interface HighlightReducers {
  node(node: string, data: NodeAttributes): NodeDrawn;
  edge(edge: string, data: EdgeAttributes): EdgeAttributes;
}

export function highlightReducers(focus: Focus, theme: Theme): HighlightReducers {
  const strongEdge = withAlpha(theme.highlightEdge, 0.75);
  const fadedEdge = theme.fadedEdge;
  // A path is read link by link: its links are drawn thick enough to follow at any zoom.
  const pathEdge = focus.kind === 'path' ? withAlpha(theme.highlightEdge, 0.9) : null;
  // The links of one author, pair or path are drawn even when a large map leaves them out for
  // being weak (an author's one-paper collaborations are what their neighbourhood is made
  // of); a community's or a rebuild's can be as many as the map's, so its budget holds. The
  // focus only names links the filters leave, so nothing filtered out comes back.
  const reveal = focus.kind !== 'community' && focus.kind !== 'news';
  const shown = (data: EdgeAttributes) => (reveal ? false : data.hidden);
  return {
    node(node, data) {
      if (focus.primary.has(node)) {
        return { ...data, zIndex: 4, forceLabel: true, highlighted: true };
      }
      if (focus.nodes.has(node)) {
        return { ...data, zIndex: 3, forceLabel: focus.labels.has(node) };
      }
      return {
        ...data,
        color: theme.fadedNode,
        borderColor: theme.fadedNode,
        label: '',
        forceLabel: false,
        zIndex: 0,
      };
    },
    edge(edge, data) {
      if (focus.strongEdges.has(edge)) {
        return pathEdge
          ? {
              ...data,
              hidden: shown(data),
              color: pathEdge,
              size: Math.max(data.size * 1.6, 3),
              zIndex: 3,
            }
          : { ...data, hidden: shown(data), color: strongEdge, zIndex: 3 };
      }
      if (focus.edges.has(edge)) return { ...data, hidden: shown(data), zIndex: 2 };
      return { ...data, color: fadedEdge, zIndex: 0 };
    },
  };
}
