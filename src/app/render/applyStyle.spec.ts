import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../data/atlasData';
import { computeVisibleView, DEFAULT_FILTERS } from '../filters/filters';
import { styleGraph } from '../theme/style';
import { seedGraphFile } from '../../../tests/support/graphFixtures';
import { DARK, LIGHT } from '../theme/theme';
import { applyGraphStyle } from './applyStyle';
import { buildRenderGraph } from './renderGraph';

const data = buildAtlasData(seedGraphFile());
const view = computeVisibleView(data, DEFAULT_FILTERS);

describe('applyGraphStyle', () => {
  it('writes nothing over the style the graph was built in, and once for a new style', () => {
    const light = styleGraph(data, view, null, LIGHT);
    const graph = buildRenderGraph(data, light);
    for (const author of data.authors) {
      expect(graph.getNodeAttribute(author.id, 'size')).toBe(light.node(author.id).size);
    }
    let updates = 0;
    graph.on('eachNodeAttributesUpdated', () => updates++);
    graph.on('eachEdgeAttributesUpdated', () => updates++);

    // Sigma redraws everything on each update event: the same style again must not send one.
    expect(applyGraphStyle(graph, styleGraph(data, view, null, LIGHT))).toBe(false);
    expect(updates).toBe(0);

    const dark = styleGraph(data, view, null, DARK);
    expect(applyGraphStyle(graph, dark)).toBe(true);
    expect(updates).toBe(2);
    const pair = data.pairs[0]!;
    expect(graph.getEdgeAttribute(pair.key, 'color')).toBe(dark.edge(pair.key).color);
    expect(applyGraphStyle(graph, styleGraph(data, view, null, DARK))).toBe(false);
    expect(updates).toBe(2);
  });

  it('writes when filters hide links', () => {
    const graph = buildRenderGraph(data, styleGraph(data, view, null, LIGHT));
    const narrowed = computeVisibleView(data, { ...DEFAULT_FILTERS, minWeight: 2 });
    expect(applyGraphStyle(graph, styleGraph(data, narrowed, null, LIGHT))).toBe(true);
    const hidden = data.pairs.filter((p) => !narrowed.edgeByKey.has(p.key));
    expect(hidden.length).toBeGreaterThan(0);
    for (const pair of hidden) expect(graph.getEdgeAttribute(pair.key, 'hidden')).toBe(true);
  });
});
