import { describe, expect, it } from 'vitest';
import { fold } from '../../text/fold';
import { buildSearchIndex, resolveAuthor, searchAuthors, searchKey } from './search';
import { fixtureGraphFile, seedGraphFile } from '../../../tests/support/graphFixtures';

describe('author search on the seed graph', () => {
  const file = seedGraphFile();
  const index = buildSearchIndex(file.authors);
  const byFoldedName = (text: string) => file.authors.find((a) => fold(a.name) === fold(text))!;

  it.each(['takac', 'Takáč', 'TAKAC', 'martin tak', 'takac martin'])(
    '%s finds Martin Takáč first',
    (query) => {
      expect(searchAuthors(index, query)[0]?.id).toBe(byFoldedName('Martin Takac').id);
    },
  );

  it('finds Stich by family name', () => {
    const expected = file.authors.filter((a) =>
      [a.name, ...a.aliases].some((n) => fold(n).split(/\W+/).includes('stich')),
    );
    expect(expected).toHaveLength(1);
    expect(searchAuthors(index, 'Stich')[0]?.id).toBe(expected[0]!.id);
  });

  it('matches every alias, and says which one matched', () => {
    for (const author of file.authors) {
      for (const alias of author.aliases) {
        const hits = searchAuthors(index, alias, 50);
        const hit = hits.find((h) => h.id === author.id);
        expect(hit, alias).toBeDefined();
        if (searchKey(alias) !== searchKey(author.name) && hit!.matchedAlias !== undefined) {
          expect(searchKey(hit!.matchedAlias)).toBe(searchKey(alias));
        }
      }
    }
  });

  it('ranks prefix matches above substring matches, then by papers', () => {
    const hits = searchAuthors(index, 'mar', 20);
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++) {
      expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    }
  });

  it('returns nothing for an empty query', () => {
    expect(searchAuthors(index, '  ')).toEqual([]);
  });
});

describe('resolveAuthor', () => {
  const file = seedGraphFile();
  const index = buildSearchIndex(file.authors);

  it('resolves every id, name and alias, in any case and without diacritics', () => {
    for (const author of file.authors) {
      for (const text of [author.id, author.name, fold(author.name), ...author.aliases]) {
        expect(resolveAuthor(index, text), text).toEqual({ kind: 'found', id: author.id });
        expect(resolveAuthor(index, text.toUpperCase())).toEqual({ kind: 'found', id: author.id });
      }
    }
  });

  it('resolves an unambiguous part of a name, and reports ambiguity and unknown names', () => {
    const stich = file.authors.find((a) => a.name.includes('Stich'))!;
    expect(resolveAuthor(index, 'stich')).toEqual({ kind: 'found', id: stich.id });
    const martins = file.authors.filter((a) => fold(a.name).startsWith('martin '));
    expect(martins.length).toBeGreaterThan(1);
    const martin = resolveAuthor(index, 'Martin');
    expect(martin.kind).toBe('ambiguous');
    expect(resolveAuthor(index, 'Nobody Atall')).toEqual({ kind: 'unknown' });
    expect(resolveAuthor(index, '')).toEqual({ kind: 'unknown' });
  });
});

describe('search on a fixture', () => {
  const index = buildSearchIndex(fixtureGraphFile().authors);

  it('folds special letters and punctuation', () => {
    expect(searchAuthors(index, 'bjork')[0]?.id).toBe('b');
    expect(searchAuthors(index, 'b. bjo')[0]).toMatchObject({ id: 'b', matchedAlias: 'B. Björk' });
    expect(searchAuthors(index, 'celik')[0]?.id).toBe('c');
    expect(searchAuthors(index, 'eclair')[0]?.id).toBe('e');
  });
});
