import { describe, expect, it } from 'vitest';
import { SEED_FILES, parseSeed } from '../../../tests/support/seeds';
import { abstractList } from './abstractList';
import { splitLines } from './lines';

describe('abstract list', () => {
  it.each([SEED_FILES.abstractsA, SEED_FILES.abstractsB])(
    '%s has 10 abstracts, no titles, no authors',
    (file) => {
      const listing = parseSeed(file);
      expect(listing.entries).toHaveLength(10);
      for (const entry of listing.entries) {
        expect(entry.title).toBeUndefined();
        expect(entry.authors).toEqual([]);
        expect(entry.abstract?.startsWith('Abstract:')).toBe(false);
        expect(entry.affiliation).toBe('EPFL');
      }
      expect(listing.entries.map((e) => e.ref.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    },
  );

  it('joins a wrapped abstract and rejects an empty one', () => {
    const text = 'EPFL\nAbstract:First part\nsecond part.\nAbstract:\nAbstract:Other.\n';
    const listing = abstractList.parse({ file: 'a.txt', text }, splitLines(text));
    expect(listing.entries.map((e) => e.abstract)).toEqual(['First part second part.', 'Other.']);
    expect(listing.rejected).toEqual([
      { ref: { file: 'a.txt', line: 4 }, text: 'Abstract:', reason: 'empty abstract' },
    ]);
  });
});
