/**
 * The page's side of rebuilds (issue 14): what "New since last build" highlights, and the
 * community colour hints a rebuilt file carries.
 */
import { describe, expect, it } from 'vitest';
import { assignSlots, communitiesFromHints } from '../../src/app/communities/communities';
import { newSinceLabel, newSinceLastBuild } from '../../src/app/filters/newSinceLastBuild';
import { pairKey } from '../../src/model/collaborations';

const author = (id: string, extra: { new?: true; community?: number } = {}) => ({
  id,
  name: id,
  aliases: [],
  paperCount: 1,
  x: 0,
  y: 0,
  ...extra,
});
const paper = (id: string, authors: string[], isNew = false) => ({
  id,
  title: id,
  altTitles: [],
  year: 2024,
  authors,
  authorsComplete: true,
  sources: [],
  ...(isNew ? { new: true as const } : {}),
});
const changes = {
  version: 1 as const,
  previous: '0',
  papers: { added: 1, removed: 0 },
  authors: { added: 1, removed: 0 },
  collaborations: { added: 2, removed: 0 },
};

describe('new since last build', () => {
  it('highlights new people, and the people and links of new papers', () => {
    const news = newSinceLastBuild({
      authors: [author('a'), author('b'), author('c'), author('n', { new: true })],
      papers: [paper('old', ['a', 'b', 'c']), paper('fresh', ['a', 'b', 'n'], true)],
      changes,
    });
    expect(news.available).toBe(true);
    expect([...news.papers]).toEqual(['fresh']);
    expect([...news.authors].sort()).toEqual(['a', 'b', 'n']);
    expect(news.links.has(pairKey('a', 'n'))).toBe(true);
    expect(news.links.has(pairKey('a', 'c'))).toBe(false);
    expect(newSinceLabel(news)).toBe('New since last build (1 paper, 1 person)');
  });

  it('is not offered on a fresh build', () => {
    const news = newSinceLastBuild({ authors: [author('a')], papers: [paper('p', ['a'])] });
    expect(news.available).toBe(false);
    expect(news.authors.size).toBe(0);
  });
});

describe('community colour hints', () => {
  it('become the previous communities of the first clustering, so colours carry over', () => {
    const previous = communitiesFromHints([
      author('a', { community: 2 }),
      author('b', { community: 2 }),
      author('c', { community: 0 }),
      author('d', { community: 0 }),
      author('n', { community: 2 }),
    ]);
    expect(previous).not.toBeNull();
    // The page's own partition, largest first: without hints the larger group would take slot 0.
    expect(
      assignSlots(
        [
          ['a', 'b', 'n'],
          ['c', 'd'],
        ],
        previous,
      ),
    ).toEqual([2, 0]);
    expect(communitiesFromHints([author('a')])).toBeNull();
  });
});
