import { describe, expect, it } from 'vitest';
import { ownerFiller, withOwner } from './owner';

describe('ownerFiller', () => {
  it('adds the owner only to bylines that do not name them, however spelled', () => {
    const fill = ownerFiller('Martin Jaggi');
    expect(fill(['Anna Lee', 'Bo Li'])).toEqual({
      authors: ['Anna Lee', 'Bo Li', 'Martin Jaggi'],
      ownerAdded: true,
    });
    expect(fill(['Anna Lee', 'MARTIN JAGGI']).ownerAdded).toBe(false);
    expect(fill(['Anna Lee', 'Martin M. Jaggi']).ownerAdded).toBe(false);
    expect(fill(['Anna Lee', 'Martin Jäggi']).ownerAdded).toBe(false);
    expect(fill(['Anna Lee', 'Peter Jaggi']).ownerAdded).toBe(true);
  });

  it('gives the same answer for a spelling seen again, in the same listing or another', () => {
    const jaggi = ownerFiller('Martin Jaggi');
    const lee = ownerFiller('Anna Lee');
    for (let round = 0; round < 3; round++) {
      expect(jaggi(['Anna Lee', 'Martin M. Jaggi']).ownerAdded).toBe(false);
      expect(lee(['Martin M. Jaggi']).ownerAdded).toBe(true);
      expect(lee(['Anna B. Lee', 'Martin M. Jaggi']).ownerAdded).toBe(false);
      expect(jaggi(['Anna B. Lee']).ownerAdded).toBe(true);
    }
  });

  it('copies the byline, and leaves it alone without an owner', () => {
    const byline = ['Anna Lee'];
    const filled = withOwner(byline, undefined);
    expect(filled).toEqual({ authors: ['Anna Lee'], ownerAdded: false });
    expect(filled.authors).not.toBe(byline);
  });
});
