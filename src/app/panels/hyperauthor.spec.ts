import { describe, expect, it } from 'vitest';
import { BYLINE_HEAD, bylineShown, unlinkedNote } from './hyperauthor';

const authors = Array.from({ length: 3000 }, (_, i) => `m${i}`);

describe("a hyperauthored paper's panel", () => {
  it('says the byline makes no collaborations', () => {
    expect(unlinkedNote({ authors })).toBe('3,000 authors: not counted as collaborations');
  });

  it('cuts the byline to its first names and the current author, until opened', () => {
    const cut = bylineShown({ authors, linked: false }, ['m2500'], false);
    expect(cut.ids).toEqual([...authors.slice(0, BYLINE_HEAD), 'm2500']);
    expect(cut.hidden).toBe(3000 - BYLINE_HEAD - 1);
    expect(bylineShown({ authors, linked: false }, ['m2500'], true)).toEqual({
      ids: authors,
      hidden: 0,
    });
  });

  it('shows a linked byline whole', () => {
    expect(bylineShown({ authors: authors.slice(0, 40) }, [], false).hidden).toBe(0);
  });
});
