import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../model/types';
import { buildAtlasData } from '../data/atlasData';
import { buildCommunities } from './communities';
import { communityWords } from './communityWords';
import { computeVisibleView, DEFAULT_FILTERS, type Filters } from '../filters/filters';
import { detectCommunities } from './louvain';
import { graphFileFromBylines, seedGraphFile } from '../../../tests/support/graphFixtures';
import { singularMap, titleWords } from './titleWords';

function wordsFor(file: GraphFile, filters: Filters = DEFAULT_FILTERS) {
  const data = buildAtlasData(file);
  const view = computeVisibleView(data, filters);
  const result = buildCommunities(
    view.nodes,
    detectCommunities(view, { resolution: 1 }),
    {
      rank: (id) => view.paperCount.get(id) ?? 0,
      name: (id) => data.authorById.get(id)!.name,
      isOwner: (id) => data.owners.has(id),
    },
    null,
  );
  return { result, words: communityWords(data, result, view, filters) };
}

describe('title words', () => {
  it('drops stop words, numbers, LaTeX and short words', () => {
    expect(titleWords('Towards 2 Layers of $\\ell_1$ Robust Networks: a Study in 2023')).toEqual([
      'layers',
      'robust',
      'networks',
    ]);
    expect(titleWords("Adam's Optimizer — Re-visited, via \\emph{SGD}")).toEqual([
      'adam',
      'optimizer',
      'visited',
      'sgd',
    ]);
  });

  it('folds plurals only when the singular is there', () => {
    const map = singularMap(
      new Set(['networks', 'network', 'analysis', 'bias', 'studies', 'study']),
    );
    expect(map.get('networks')).toBe('network');
    expect(map.get('studies')).toBe('study');
    expect(map.has('analysis')).toBe(false);
    expect(map.has('bias')).toBe(false);
  });
});

describe('communityWords', () => {
  it('names each group by what sets its titles apart', () => {
    const file = graphFileFromBylines([
      ['p1', 2020, ['a', 'b']],
      ['p2', 2021, ['a', 'b', 'c']],
      ['p3', 2022, ['b', 'c']],
      ['q1', 2020, ['x', 'y']],
      ['q2', 2021, ['x', 'y', 'z']],
      ['q3', 2022, ['y', 'z']],
    ]);
    const titles: Record<string, string> = {
      p1: 'Federated learning with privacy',
      p2: 'Private federated optimization of networks',
      p3: 'Federated learning for the network edge',
      q1: 'Protein folding by learning',
      q2: 'Learning protein structures',
      q3: 'Protein design with diffusion',
    };
    for (const paper of file.papers) paper.title = titles[paper.id]!;
    const { result, words } = wordsFor(file);
    const of = (member: string) => words.get(result.slotOf.get(member)!)!;
    // `learning` is in five of six titles: common to both, so it characterises neither first.
    expect(of('a')[0]).toBe('federated');
    expect(of('a')).toContain('network');
    expect(of('x')[0]).toBe('protein');
  });

  it('is stable and skips the owner on the seed graph', () => {
    const first = wordsFor(seedGraphFile(), { ...DEFAULT_FILTERS, hideOwner: true });
    const again = wordsFor(seedGraphFile(), { ...DEFAULT_FILTERS, hideOwner: true });
    expect([...again.words]).toEqual([...first.words]);
    const big = first.result.communities.filter((c) => c.members.length >= 5);
    expect(big.length).toBeGreaterThan(3);
    for (const community of big) {
      const words = first.words.get(community.slot)!;
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(word).toMatch(/^\p{L}[\p{L}'-]*$/u);
    }
    // Distinct communities get (mostly) distinct leading words.
    const leading = big.map((c) => first.words.get(c.slot)![0]);
    expect(new Set(leading).size).toBeGreaterThan(leading.length / 2);
  });
});
