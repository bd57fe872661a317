import { describe, expect, it } from 'vitest';
import { drawingToSvg, type MapDrawing } from './svg';

describe('SVG', () => {
  const drawing: MapDrawing = {
    width: 200,
    height: 100,
    background: '#fbfbfd',
    edges: [{ x1: 10, y1: 10, x2: 90, y2: 50, width: 2, color: '#5a647352' }],
    nodes: [
      { id: 'a', x: 10, y: 10, r: 6, fill: '#2f6fb3', stroke: '#ffffff', strokeWidth: 0.7 },
      { id: 'b<', x: 90, y: 50, r: 4, fill: '#c4560b', stroke: '#ffffff', strokeWidth: 0.5 },
    ],
    labels: [{ x: 20, y: 14, text: 'Ada & <Bea>' }],
    label: {
      font: 'system-ui, "Segoe UI"',
      size: 13,
      weight: '500',
      color: '#1b1f24',
      halo: '#fbfbfd',
    },
    title: 'Martin Jaggi and coauthors',
  };

  it('draws links, nodes and labels as vector shapes, text escaped', () => {
    const svg = drawingToSvg(drawing);
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('stroke="#5a6473" stroke-opacity="0.32"');
    expect(svg).toContain('>Ada &amp; &lt;Bea&gt;</text>');
    expect(svg).toContain('data-id="b&lt;"');
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
  });
});
