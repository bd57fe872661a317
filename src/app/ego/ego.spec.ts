import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../data/atlasData';
import { egoNodes } from './ego';
import { computeVisibleView, DEFAULT_FILTERS } from '../filters/filters';
import { restrictView } from '../data/restrictView';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';

describe('ego network', () => {
  const data = buildAtlasData(fixtureGraphFile());
  const hidden = computeVisibleView(data, { ...DEFAULT_FILTERS, hideOwner: true });

  it('takes the author and their coauthors (1 step) or theirs too (2 steps)', () => {
    expect(egoNodes(hidden, 'a', 1)).toEqual(new Set(['a', 'b', 'c']));
    expect(egoNodes(hidden, 'a', 2)).toEqual(new Set(['a', 'b', 'c', 'd']));
    expect(egoNodes(hidden, 'c', 1)).toEqual(new Set(['a', 'b', 'c', 'd']));
    // With the owner shown, everyone is one step away through them.
    const shown = computeVisibleView(data, DEFAULT_FILTERS);
    expect(egoNodes(shown, 'a', 2)!.size).toBe(7);
    expect(egoNodes(hidden, 'o', 1)).toBeNull();
  });

  it('keeps every link among the ego network, alters to alters included', () => {
    const ego = restrictView(hidden, egoNodes(hidden, 'c', 1)!);
    expect(ego.nodes).toEqual(['a', 'b', 'c', 'd']);
    expect(ego.edges.map((e) => `${e.source}-${e.target}`).sort()).toEqual([
      'a-b',
      'a-c',
      'b-c',
      'c-d',
    ]);
    expect(ego.neighbours.get('d')).toEqual(new Set(['c']));
    expect(ego.paperCount.get('a')).toBe(hidden.paperCount.get('a'));
  });
});
