/**
 * Reads what sigma has on screen (positions, sizes, colours after the focus reducers, the
 * labels it chose to show) into a renderer-free drawing for the SVG export.
 */
import type { MapDrawing, DrawnEdge, DrawnNode, DrawnLabel } from './svg';
import type { Theme } from '../theme/theme';
import type { AtlasSigma } from '../render/sigmaContext';

/** Labels sigma drew in its last frame (a field it keeps; not part of its typed API). */
function displayedLabels(sigma: AtlasSigma): ReadonlySet<string> | null {
  const labels = (sigma as unknown as { displayedNodeLabels?: unknown }).displayedNodeLabels;
  return labels instanceof Set ? (labels as Set<string>) : null;
}

export function captureDrawing(sigma: AtlasSigma, theme: Theme, title: string): MapDrawing {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  const shown = displayedLabels(sigma);
  const inView = (x: number, y: number, margin: number) =>
    x >= -margin && y >= -margin && x <= width + margin && y <= height + margin;

  const positions = new Map<string, { x: number; y: number; r: number }>();
  const nodes: (DrawnNode & { z: number })[] = [];
  const labels: DrawnLabel[] = [];
  graph.forEachNode((id) => {
    const display = sigma.getNodeDisplayData(id);
    if (!display || display.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(display);
    const r = sigma.scaleSize(display.size);
    positions.set(id, { x, y, r });
    if (!inView(x, y, r)) return;
    const attributes = graph.getNodeAttributes(id);
    nodes.push({
      id,
      x,
      y,
      r,
      fill: display.color,
      stroke: (display as { borderColor?: string }).borderColor ?? attributes.borderColor,
      strokeWidth: r * attributes.borderSize,
      z: display.zIndex ?? 0,
    });
    const labelled = shown ? shown.has(id) : display.forceLabel;
    if (labelled && display.label) {
      labels.push({ x: x + r + 4, y: y + settings.labelSize / 3, text: display.label });
    }
  });

  const edges: (DrawnEdge & { z: number })[] = [];
  graph.forEachEdge((key, _attributes, source, target) => {
    const display = sigma.getEdgeDisplayData(key);
    const from = positions.get(source);
    const to = positions.get(target);
    if (!display || display.hidden || !from || !to) return;
    if (!inView(from.x, from.y, 0) && !inView(to.x, to.y, 0)) return;
    edges.push({
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      width: Math.max(0.5, sigma.scaleSize(display.size)),
      color: display.color,
      z: display.zIndex ?? 0,
    });
  });

  const byZ = (a: { z: number }, b: { z: number }) => a.z - b.z;
  return {
    width,
    height,
    background: theme.background,
    edges: edges.sort(byZ).map(({ z: _z, ...edge }) => edge),
    nodes: nodes.sort(byZ).map(({ z: _z, ...node }) => node),
    labels,
    label: {
      font: settings.labelFont,
      size: settings.labelSize,
      weight: settings.labelWeight,
      color: theme.text,
      halo: theme.background,
    },
    title,
  };
}
