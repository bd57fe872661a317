import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../graph/atlasData';
import { computeVisibleView, DEFAULT_FILTERS } from '../graph/filters';
import { styleGraph } from '../graph/style';
import { seedGraphFile } from '../graph/testing';
import { DARK, LIGHT } from '../graph/theme';
import { applyGraphStyle } from './applyStyle';
import { buildRenderGraph } from './renderGraph';

const data = buildAtlasData(seedGraphFile());
const view = computeVisibleView(data, DEFAULT_FILTERS);

describe('applyGraphStyle', () => {
  it('writes the style into the graph, then writes nothing while it stays the same', () => {
    const graph = buildRenderGraph(data);
    let updates = 0;
    graph.on('eachNodeAttributesUpdated', () => updates++);
    graph.on('eachEdgeAttributesUpdated', () => updates++);

    const style = styleGraph(data, view, null, LIGHT);
    expect(applyGraphStyle(graph, style)).toBe(true);
    expect(updates).toBe(2);
    for (const author of data.authors) {
      expect(graph.getNodeAttribute(author.id, 'size')).toBe(style.node(author.id).size);
    }

    // Sigma redraws everything on each update event: the same style again must not send one.
    expect(applyGraphStyle(graph, styleGraph(data, view, null, LIGHT))).toBe(false);
    expect(updates).toBe(2);

    expect(applyGraphStyle(graph, styleGraph(data, view, null, DARK))).toBe(true);
    expect(updates).toBe(4);
    const pair = data.pairs[0]!;
    expect(graph.getEdgeAttribute(pair.key, 'color')).toBe(
      styleGraph(data, view, null, DARK).edge(pair.key).color,
    );
  });

  it('writes when filters hide links', () => {
    const graph = buildRenderGraph(data);
    applyGraphStyle(graph, styleGraph(data, view, null, LIGHT));
    const narrowed = computeVisibleView(data, { ...DEFAULT_FILTERS, minWeight: 2 });
    expect(applyGraphStyle(graph, styleGraph(data, narrowed, null, LIGHT))).toBe(true);
    const hidden = data.pairs.filter((p) => !narrowed.edgeByKey.has(p.key));
    expect(hidden.length).toBeGreaterThan(0);
    for (const pair of hidden) expect(graph.getEdgeAttribute(pair.key, 'hidden')).toBe(true);
  });
});
