import { UndirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { seedGraphFile } from '../../../tests/support/graphFixtures';
import { buildGexf, VIZ_NAMESPACE } from './gexf';
import { snapshotFor } from '../../../tests/support/exportFixtures';

describe('GEXF', () => {
  it('round-trips: the same nodes and edges, positions, sizes, colours and weights', () => {
    const snapshot = snapshotFor(seedGraphFile(), { hideOwner: true, counting: 'fractional' });
    const gexf = buildGexf(snapshot, {
      node: (id) => ({ size: 3 + (snapshot.view.paperCount.get(id) ?? 0), color: '#2f6fb3' }),
      edge: () => ({ color: '#5a647352' }),
    });
    expect(gexf).toMatch(/<gexf[^>]+version="1.2"/);
    expect(gexf).toContain(`xmlns:viz="${VIZ_NAMESPACE}"`);
    const graph = parse(UndirectedGraph, gexf);
    expect(graph.order).toBe(snapshot.view.nodes.length);
    expect(graph.size).toBe(snapshot.view.edges.length);
    expect(new Set(graph.nodes())).toEqual(new Set(snapshot.view.nodes));
    for (const edge of snapshot.view.edges) {
      expect(graph.hasEdge(edge.source, edge.target)).toBe(true);
      const attributes = graph.getEdgeAttributes(edge.source, edge.target);
      expect(attributes['weight']).toBeCloseTo(edge.weight);
      expect(attributes['joint_papers']).toBe(edge.papers);
    }
    const id = snapshot.view.nodes[0]!;
    const author = snapshot.data.authorById.get(id)!;
    const node = graph.getNodeAttributes(id);
    expect(node).toMatchObject({
      label: author.name,
      x: author.x,
      y: author.y,
      papers: snapshot.view.paperCount.get(id),
      owner: false,
      color: 'rgb(47,111,179)',
    });
    expect(node['community']).toBeGreaterThan(0);
  });
});
