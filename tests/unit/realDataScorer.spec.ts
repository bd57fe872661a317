/**
 * The identity scorer on a toy example worked out by hand (see the comments for the sums).
 */
import { describe, expect, it } from 'vitest';
import {
  bcubed,
  normaliseSpelling,
  pairwise,
  scoreIdentity,
  type Mention,
} from '../bench/identityScore';

const m = (
  entry: string,
  position: number,
  spelling: string,
  truth: string,
  predicted: string,
): Mention => ({ entry, position, spelling, truth, predicted });

// Three true people: A (Jane Doe, spelled three ways), B (Bob Roe), C (John Doe).
// The build merged John Doe into Jane Doe's p1 and split J. Doe off as p3.
const mentions: Mention[] = [
  m('E1', 1, 'Jane Doe', 'A', 'p1'),
  m('E1', 2, 'Bob Roe', 'B', 'p2'),
  m('E2', 1, 'J. Doe', 'A', 'p3'),
  m('E2', 2, 'Bob Roe', 'B', 'p2'),
  m('E3', 1, 'Jane M. Doe', 'A', 'p1'),
  m('E3', 2, 'Bob Roe', 'B', 'p2'),
  m('E4', 1, 'John Doe', 'C', 'p1'),
  // A byline naming Jane twice, which the build kept as two people.
  m('E5', 1, 'Jane Doe', 'A', 'p1'),
  m('E5', 2, 'J. Doe', 'A', 'p3'),
];
const papers = [
  { id: 'P1', authors: ['p1', 'p2'] }, // E1 and E3 merged
  { id: 'P2', authors: ['p3', 'p2'] },
  { id: 'P3', authors: ['p1'] },
  { id: 'P4', authors: ['p1', 'p3'] },
];

describe('identity scorer', () => {
  const score = scoreIdentity(mentions, papers);

  it('counts mentions, spelling units and people', () => {
    expect(score.mentions).toBe(9);
    expect(score.spellings).toBe(5);
    expect(score.people).toBe(3);
  });

  it('pairwise over spellings: 1 of 3 predicted pairs true, 1 of 3 true pairs found', () => {
    // Units: Jane Doe A/p1, Jane M. Doe A/p1, J. Doe A/p3, Bob Roe B/p2, John Doe C/p1.
    // Truth-same: A's three units → 3 pairs. Predicted-same: p1's three units → 3 pairs.
    // Both: (A,p1) has two units → 1 pair.
    expect(score.pairwise.precision).toBeCloseTo(1 / 3, 10);
    expect(score.pairwise.recall).toBeCloseTo(1 / 3, 10);
  });

  it('B³ over mentions', () => {
    // Cells: (A,p1)=3, (A,p3)=2, (B,p2)=3, (C,p1)=1; |p1|=4, |p2|=3, |p3|=2; |A|=5, |B|=3, |C|=1.
    // P = (3·3/4 + 2·2/2 + 3·1 + 1·1/4) / 9 = 7.5/9; R = (3·3/5 + 2·2/5 + 3·1 + 1·1) / 9 = 6.6/9.
    expect(score.bcubed.precision).toBeCloseTo(7.5 / 9, 10);
    expect(score.bcubed.recall).toBeCloseTo(6.6 / 9, 10);
  });

  it('coauthor pairs and self-links', () => {
    // True pairs: {A,B}. Majority labels: p1 → A (3 of 4), p2 → B, p3 → A.
    // Predicted id pairs: {p1,p2} → A–B ✓, {p2,p3} → A–B ✓, {p1,p3} → A–A (a self-link).
    expect(score.coauthor).toEqual({
      precision: 2 / 3,
      recall: 1,
      truePairs: 1,
      predictedPairs: 3,
    });
    expect(score.selfLinks).toBe(1);
    expect(score.repeatedInEntry).toBe(1);
  });

  it('takes entries the truth calls one paper as one true byline', () => {
    // E4 (John Doe alone) is, says the truth, the same paper as E1: C–A and C–B become true
    // pairs, and the predicted {p1,p2} still maps to A–B only, so recall drops to 1 of 3.
    const joined = scoreIdentity(mentions, papers, [['E1', 'E4']]);
    expect(joined.coauthor).toMatchObject({ truePairs: 3, recall: 1 / 3 });
  });

  it('is perfect on a perfect prediction, and 1 on nothing to find', () => {
    const perfect = mentions.map((x) => ({ ...x, predicted: x.truth }));
    expect(pairwise(perfect)).toEqual({ precision: 1, recall: 1 });
    expect(bcubed(perfect)).toEqual({ precision: 1, recall: 1 });
    expect(pairwise([])).toEqual({ precision: 1, recall: 1 });
  });
});

describe('normaliseSpelling', () => {
  it('undoes mojibake, drops markers, composes and collapses spaces', () => {
    expect(normaliseSpelling(' JÃ¶rn-Henrik  Jacobsen* ')).toBe('Jörn-Henrik Jacobsen');
    expect(normaliseSpelling('HervÃ© JÃ©gou')).toBe('Hervé Jégou');
    expect(normaliseSpelling('Zoe\u0308 Li†')).toBe('Zoë Li');
    expect(normaliseSpelling('Ãlvaro Peña')).toBe('Ãlvaro Peña');
  });
});
