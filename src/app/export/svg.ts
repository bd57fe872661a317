/**
 * The map as an SVG document: links, nodes and labels exactly where the screen shows them,
 * with their colours (and the dimming of a focus), as real vector shapes: `<line>`,
 * `<circle>` and `<text>` a reader can restyle or print at any size.
 */

export interface DrawnEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
}

export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  /** Border width in pixels (drawn inside the radius, as on the map). */
  strokeWidth: number;
}

export interface DrawnLabel {
  x: number;
  y: number;
  text: string;
}

export interface MapDrawing {
  width: number;
  height: number;
  background: string;
  /** In drawing order: later ones on top. */
  edges: DrawnEdge[];
  nodes: DrawnNode[];
  labels: DrawnLabel[];
  label: { font: string; size: number; weight: string; color: string; halo: string };
  title: string;
}

// eslint-disable-next-line no-control-regex -- exactly the characters XML forbids
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const round = (n: number) => Math.round(n * 100) / 100;

/** `#rrggbbaa` as an SVG colour and opacity (8-digit hex is not read everywhere). */
function paint(colour: string, attribute: 'fill' | 'stroke'): string {
  if (/^#[0-9a-f]{8}$/i.test(colour)) {
    const alpha = parseInt(colour.slice(7), 16) / 255;
    return `${attribute}="${colour.slice(0, 7)}" ${attribute}-opacity="${round(alpha)}"`;
  }
  return `${attribute}="${escapeXml(colour)}"`;
}

export function drawingToSvg(drawing: MapDrawing): string {
  const { width, height, label } = drawing;
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    `<rect width="100%" height="100%" ${paint(drawing.background, 'fill')}/>`,
    `<g class="links" stroke-linecap="round">`,
  ];
  for (const e of drawing.edges) {
    parts.push(
      `<line x1="${round(e.x1)}" y1="${round(e.y1)}" x2="${round(e.x2)}" y2="${round(e.y2)}" stroke-width="${round(e.width)}" ${paint(e.color, 'stroke')}/>`,
    );
  }
  parts.push(`</g>`, `<g class="nodes">`);
  for (const n of drawing.nodes) {
    const border = Math.min(n.strokeWidth, n.r);
    parts.push(
      `<circle data-id="${escapeXml(n.id)}" cx="${round(n.x)}" cy="${round(n.y)}" r="${round(Math.max(0.1, n.r - border / 2))}" ${paint(n.fill, 'fill')} ${paint(n.stroke, 'stroke')} stroke-width="${round(border)}"/>`,
    );
  }
  parts.push(
    `</g>`,
    `<g class="labels" font-family="${escapeXml(label.font)}" font-size="${label.size}" font-weight="${escapeXml(label.weight)}" ${paint(label.color, 'fill')} ${paint(label.halo, 'stroke')} stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const l of drawing.labels) {
    parts.push(`<text x="${round(l.x)}" y="${round(l.y)}">${escapeXml(l.text)}</text>`);
  }
  parts.push(`</g>`, `</svg>`, '');
  return parts.join('\n');
}
