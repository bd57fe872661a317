import { describe, expect, it } from 'vitest';
import { fixtureGraphFile, seedGraphFile } from '../../../tests/support/graphFixtures';
import { deriveCollaborations } from '../../model/collaborations';
import { bylinePairs, formatMegabytes, MAX_BYLINE_PAIRS, scaleProblem } from './limits';

describe('scaleProblem', () => {
  it('accepts the seed and fixture graphs', () => {
    expect(scaleProblem(seedGraphFile())).toBeNull();
    expect(scaleProblem(fixtureGraphFile())).toBeNull();
  });

  it('counts byline pairs as the links derived from them would (before merging)', () => {
    const file = fixtureGraphFile();
    const pairs = deriveCollaborations(file.papers).reduce((sum, link) => sum + link.weight, 0);
    expect(bylinePairs(file)).toBe(pairs);
  });

  it('refuses a paper whose byline alone makes too many pairs', () => {
    const file = fixtureGraphFile();
    const crowd = Array.from({ length: 2100 }, (_, i) => `x${i}`); // 2,203,950 pairs
    const papers = [...file.papers, { ...file.papers[0]!, authors: crowd }];
    expect(bylinePairs({ papers })).toBeGreaterThan(MAX_BYLINE_PAIRS);
    expect(scaleProblem({ authors: file.authors, papers })).toMatch(/coauthor pairs/);
  });
});

describe('formatMegabytes', () => {
  it('rounds large sizes and keeps one decimal for small ones', () => {
    expect(formatMegabytes(64 * 1024 * 1024)).toBe('64 MB');
    expect(formatMegabytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
