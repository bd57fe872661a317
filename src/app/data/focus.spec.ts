import { describe, expect, it } from 'vitest';
import { pairKey } from '../../model';
import { buildAtlasData } from './atlasData';
import { computeVisibleView, DEFAULT_FILTERS } from '../filters/filters';
import { computeFocus, FOCUS_LABELS } from './focus';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';

const data = buildAtlasData(fixtureGraphFile());
const view = computeVisibleView(data, { ...DEFAULT_FILTERS, hideOwner: true });
const none = { hovered: null, selected: null, pair: null, community: null };

describe('computeFocus', () => {
  it('is null when nothing is hovered, selected or highlighted', () => {
    expect(computeFocus(view, none)).toBeNull();
  });

  it('shows a hovered node with its neighbours and their links', () => {
    const focus = computeFocus(view, { ...none, hovered: 'c' })!;
    expect([...focus.nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(focus.edges).toEqual(new Set(['a', 'b', 'd'].map((x) => pairKey('c', x))));
    expect(focus.primary).toEqual(new Set(['c']));
    expect(focus.labels).toEqual(focus.nodes);
  });

  it('labels only the closest coauthors around a hub', async () => {
    const { seedData } = await import('../../../tests/support/graphFixtures');
    const seed = seedData();
    const seedView = computeVisibleView(seed, DEFAULT_FILTERS);
    const owner = [...seed.owners][0]!;
    const focus = computeFocus(seedView, { ...none, selected: owner })!;
    expect(focus.nodes.size).toBe(seedView.nodes.length);
    expect(focus.labels.size).toBe(FOCUS_LABELS + 1);
    const weight = (id: string) => seedView.edgeByKey.get(pairKey(owner, id))!.weight;
    const labelled = [...focus.labels].filter((id) => id !== owner);
    const unlabelled = [...focus.nodes].filter((id) => !focus.labels.has(id));
    expect(Math.min(...labelled.map(weight))).toBeGreaterThanOrEqual(
      Math.max(...unlabelled.map(weight)),
    );
  });

  it('lets hover win over the selection but keeps the selected node visible', () => {
    const focus = computeFocus(view, { ...none, hovered: 'a', selected: 'f' })!;
    expect(focus.nodes.has('f')).toBe(true);
    expect(focus.primary).toEqual(new Set(['a', 'f']));
    expect(focus.nodes.has('e')).toBe(false);
  });

  it('shows only the pair and its link for joint papers', () => {
    const focus = computeFocus(view, { ...none, selected: 'a', pair: ['c', 'd'] })!;
    expect(focus.nodes).toEqual(new Set(['c', 'd']));
    expect(focus.edges).toEqual(new Set([pairKey('c', 'd')]));
  });

  it('shows a highlighted community and its inner links', () => {
    const focus = computeFocus(view, { ...none, community: ['d', 'e', 'f'] })!;
    expect(focus.nodes).toEqual(new Set(['d', 'e', 'f']));
    expect(focus.edges.size).toBe(3);
  });

  it('ignores a selection the filters hid', () => {
    const hidden = computeVisibleView(data, { ...DEFAULT_FILTERS, yearFrom: 2022 });
    expect(computeFocus(hidden, { ...none, selected: 'a' })).toBeNull();
  });
});
