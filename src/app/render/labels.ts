/**
 * Label and hover drawing in the theme's colours. Sigma's defaults are dark text and a white
 * hover box, unreadable on a dark background; labels also get a halo so they stay legible
 * over links.
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Theme } from '../theme/theme';
import type { EdgeAttributes, NodeAttributes } from './renderGraph';

type LabelDrawer = NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
type HoverDrawer = NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes>;

export const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function createLabelDrawer(theme: Theme): LabelDrawer {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 4;
    const y = data.y + size / 3;
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = theme.background;
    context.strokeText(data.label, x, y);
    context.fillStyle = theme.text;
    context.fillText(data.label, x, y);
  };
}

export function createHoverDrawer(theme: Theme): HoverDrawer {
  return (context, data, settings) => {
    const size = settings.labelSize;
    const padding = 4;
    context.font = `600 ${size}px ${settings.labelFont}`;
    const label = data.label ?? '';
    const textWidth = label ? context.measureText(label).width : 0;
    const left = data.x - data.size - padding;
    const top = data.y - Math.max(data.size, size / 2) - padding;
    const height = Math.max(data.size, size / 2) * 2 + padding * 2;
    const width = label ? data.size * 2 + textWidth + padding * 3 + 4 : data.size * 2 + padding * 2;

    context.save();
    context.shadowColor = theme.name === 'light' ? 'rgba(0, 0, 0, 0.25)' : 'rgba(0, 0, 0, 0.6)';
    context.shadowBlur = 8;
    context.fillStyle = theme.surface;
    context.beginPath();
    context.roundRect(left, top, width, height, height / 2);
    context.fill();
    context.restore();
    context.lineWidth = 1;
    context.strokeStyle = theme.controlBorder;
    context.beginPath();
    context.roundRect(left, top, width, height, height / 2);
    context.stroke();

    if (label) {
      context.fillStyle = theme.text;
      context.fillText(label, data.x + data.size + padding + 2, data.y + size / 3);
    }
  };
}
