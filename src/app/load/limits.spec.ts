import { describe, expect, it } from 'vitest';
import { fixtureGraphFile, seedGraphFile } from '../../../tests/support/graphFixtures';
import { deriveCollaborations } from '../../model/collaborations';
import { validateGraphFile } from '../../model/validate';
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

  it('refuses bylines that make too many pairs between them', () => {
    const file = fixtureGraphFile();
    // 100,000 papers of 25 authors (300 pairs each) among the fixture's authors.
    const ids = file.authors.map((a) => a.id);
    const byline = Array.from({ length: 25 }, (_, i) => ids[i % ids.length]!);
    const papers = Array.from({ length: 7000 }, () => ({ ...file.papers[0]!, authors: byline }));
    expect(bylinePairs({ papers })).toBeGreaterThan(MAX_BYLINE_PAIRS);
    expect(scaleProblem({ authors: file.authors, papers })).toMatch(/coauthor pairs/);
  });

  it('never refuses a map because of one hyperauthored paper (4.5 million pairs unlinked)', () => {
    const file = fixtureGraphFile();
    const crowd = Array.from({ length: 3000 }, (_, i) => `x${i}`);
    const members = crowd.map((id) => ({ ...file.authors[0]!, id, owner: false }));
    const papers = [...file.papers, { ...file.papers[0]!, id: 'huge', authors: crowd }];
    expect(bylinePairs({ papers })).toBeGreaterThan(MAX_BYLINE_PAIRS);
    const result = validateGraphFile({ ...file, authors: [...file.authors, ...members], papers });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(bylinePairs(result.graph)).toBe(bylinePairs(file));
    expect(scaleProblem(result.graph)).toBeNull();
  });
});

describe('formatMegabytes', () => {
  it('rounds large sizes and keeps one decimal for small ones', () => {
    expect(formatMegabytes(64 * 1024 * 1024)).toBe('64 MB');
    expect(formatMegabytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
