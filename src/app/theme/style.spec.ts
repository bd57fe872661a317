import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../data/atlasData';
import { buildCommunities } from '../communities/communities';
import { computeVisibleView, DEFAULT_FILTERS } from '../filters/filters';
import { detectCommunities } from '../communities/louvain';
import { forcedLabelCount, NODE_SIZE, styleGraph } from './style';
import { seedGraphFile } from '../../../tests/support/graphFixtures';
import { LIGHT, DARK, slotColour } from './theme';

const file = seedGraphFile();
const data = buildAtlasData(file);

describe('styleGraph on the seed graph', () => {
  const view = computeVisibleView(data, { ...DEFAULT_FILTERS, yearFrom: 2022 });
  const partition = detectCommunities(view, { resolution: 1 });
  const communities = buildCommunities(
    view.nodes,
    partition,
    {
      rank: (id) => view.paperCount.get(id) ?? 0,
      name: (id) => data.authorById.get(id)!.name,
      isOwner: (id) => data.owners.has(id),
    },
    null,
  );
  const style = styleGraph(data, view, communities, LIGHT);

  it('hides exactly the authors and links the filters removed', () => {
    for (const author of file.authors) {
      expect(style.node(author.id).hidden).toBe(!view.nodeSet.has(author.id));
    }
    for (const pair of data.pairs)
      expect(style.edge(pair.key).hidden).toBe(!view.edgeByKey.has(pair.key));
  });

  it('leaves out links below the floor a large map draws from, and only those', () => {
    const drawn = styleGraph(data, view, communities, LIGHT, { linkFloor: 2 });
    const weak = view.edges.filter((edge) => edge.papers < 2);
    expect(weak.length).toBeGreaterThan(0);
    for (const edge of view.edges) {
      expect(drawn.edge(edge.key).hidden).toBe(edge.papers < 2);
      // The weak links keep their style, so a focus that draws them shows them as they are.
      expect(drawn.edge(edge.key).size).toBe(style.edge(edge.key).size);
    }
    for (const id of view.nodes) expect(drawn.node(id).hidden).toBe(false);
  });

  it('sizes nodes by papers and links by joint papers', () => {
    const authors = view.nodes.filter((id) => !data.owners.has(id));
    for (const a of authors) {
      for (const b of authors) {
        if (view.paperCount.get(a)! > view.paperCount.get(b)!) {
          expect(style.node(a).size).toBeGreaterThanOrEqual(style.node(b).size);
        }
      }
    }
    const inner = view.edges.filter(
      (e) => !data.owners.has(e.source) && !data.owners.has(e.target),
    );
    const heavy = inner.reduce((x, y) => (y.weight > x.weight ? y : x));
    const light = inner.reduce((x, y) => (y.weight < x.weight ? y : x));
    expect(style.edge(heavy.key).size).toBeGreaterThan(style.edge(light.key).size);
  });

  it('marks the owner and labels the most prolific authors', () => {
    const owner = file.owners[0]!;
    expect(style.node(owner)).toMatchObject({
      size: NODE_SIZE.owner,
      borderColor: LIGHT.ownerRing,
    });
    const labelled = view.nodes.filter((id) => style.node(id).forceLabel);
    expect(labelled.length).toBeLessThanOrEqual(forcedLabelCount(view.nodes.length) + 1);
    expect(labelled).toContain(owner);
  });

  it('colours nodes by community slot, per theme', () => {
    for (const community of communities.communities) {
      for (const id of community.members) {
        expect(style.node(id).color).toBe(slotColour(LIGHT, community.slot));
        expect(styleGraph(data, view, communities, DARK).node(id).color).toBe(
          slotColour(DARK, community.slot),
        );
      }
    }
  });

  it('uses a neutral colour until communities are known', () => {
    const pending = styleGraph(data, view, null, LIGHT);
    expect(pending.node(view.nodes[0]!).color).toBe(LIGHT.pendingNode);
  });
});
