import { describe, expect, it } from 'vitest';
import { SEED_FILES, entryTitled, parseSeed } from '../../../tests/support/seeds';
import { splitLines } from './lines';
import { parseByline } from './profileByline';
import { profileListing } from './profileListing';

function parseText(text: string) {
  return profileListing.parse({ file: 'fixture.txt', text }, splitLines(text));
}

describe('profile listing on the seeds', () => {
  it.each([
    [SEED_FILES.profileA, 50],
    [SEED_FILES.profileB, 50],
  ])('%s has %i entries and the owner Martin Jaggi', (file, count) => {
    const listing = parseSeed(file);
    expect(listing.entries).toHaveLength(count);
    expect(listing.rejected).toHaveLength(0);
    expect(listing.owner).toBe('Martin Jaggi');
  });

  it('adds the owner where "et al." hides them, and marks the byline cut', () => {
    const meditron = entryTitled(SEED_FILES.profileA, 'MEDITRON-70B');
    expect(meditron.authors).toEqual([
      'Zeming Chen',
      'Alejandro Hernández Cano',
      'Angelika Romanou',
      'Martin Jaggi',
    ]);
    expect(meditron.authorsCut).toBe(true);
    expect(meditron.ownerAdded).toBe(true);
    expect(meditron.affiliation).toBe('allen-ai');
  });

  it('does not add the owner twice when the byline names them', () => {
    const doge = entryTitled(SEED_FILES.profileA, 'DoGE');
    expect(doge.authors).toEqual(['Simin Fan', 'Matteo Pagliardini', 'Martin Jaggi']);
    expect(doge.ownerAdded).toBe(false);
    expect(doge.authorsCut).toBe(false);
  });

  it('reads score, category, date and code flag from the header', () => {
    const meditron = entryTitled(SEED_FILES.profileA, 'MEDITRON-70B');
    expect(meditron.category).toBe('CL');
    expect(meditron.hasCode).toBe(true);
    expect(meditron.date).toEqual({ year: 2023, month: 11, day: 27, yearInferred: false });
    expect(entryTitled(SEED_FILES.profileB, 'MEDITRON-70B').date?.year).toBe(2023);
  });

  it('infers the page year for dates printed without one: later than every explicit year', () => {
    const listing = parseSeed(SEED_FILES.profileB);
    const explicit = listing.entries
      .filter((e) => !e.date?.yearInferred)
      .map((e) => e.date?.year ?? 0);
    const inferred = listing.entries.filter((e) => e.date?.yearInferred);
    expect(inferred.map((e) => e.title)).toEqual([
      'Apertus LLM Family Expansion via Distillation and Quantization',
      'Local MixVR: Breaking the Communication-Sample Dependence in Distributed Learning',
      'An Engineering Journey Training Large Language Models at Scale on Alps: The Apertus Experience',
    ]);
    for (const entry of inferred) expect(entry.date?.year).toBe(Math.max(...explicit) + 1);
    expect(entryTitled(SEED_FILES.profileB, 'Apertus LLM').date).toMatchObject({
      month: 5,
      day: 27,
      yearInferred: true,
    });
  });

  it('keeps abstracts whole, LaTeX included', () => {
    const sharper = entryTitled(SEED_FILES.profileA, 'Sharper Convergence');
    expect(sharper.abstract).toMatch(/^We study the asynchronous stochastic gradient descent/);
    expect(sharper.abstract).toContain('$\\mathcal{O}');
  });
});

describe('profile listing on broken input', () => {
  const header = 'Ada Lovelace\n\nh-index3\n\n';

  it('rejects a header without a title, with its line, and keeps the good entries', () => {
    const listing = parseText(
      `${header}12.0LGJan 2, 2020\nA good paper\n\nAda Lovelace, Charles Babbage\n\nAbstract.\n\n3.1LGFeb 3, 2021\n`,
    );
    expect(listing.entries.map((e) => e.title)).toEqual(['A good paper']);
    expect(listing.rejected).toEqual([
      {
        ref: { file: 'fixture.txt', line: 12 },
        text: '3.1LGFeb 3, 2021',
        reason: 'entry header without a title',
      },
    ]);
  });

  it('keeps a title without an author line, with the owner as author and a warning naming the line', () => {
    const listing = parseText(`${header}12.0LGJan 2, 2020\nA lonely title\n`);
    expect(listing.entries).toHaveLength(1);
    expect(listing.entries[0]).toMatchObject({
      authors: ['Ada Lovelace'],
      authorsCut: true,
      ownerAdded: true,
    });
    expect(listing.issues).toContainEqual(
      expect.objectContaining({
        line: 6,
        severity: 'warning',
        message: expect.stringContaining('no author line'),
      }),
    );
  });

  it('leaves the year unknown, with a warning, when nothing on the page has one', () => {
    const listing = parseText(`${header}LGJan 2\nUndated\n\nAda Lovelace\n`);
    expect(listing.entries[0]?.date).toMatchObject({ year: null, yearInferred: false });
    expect(listing.issues.some((i) => i.message.includes('without a year'))).toBe(true);
  });
});

describe('profile listing entries cut off mid-way', () => {
  const head = 'Ada Lovelace\n\nh-index3\n\n';

  it('takes a byline right after the header for what it is, not for the title', () => {
    const listing = parseText(
      `${head}12.0LGJan 2, 2020\nCharles Babbage, Ada Lovelace et al. · london\nThe abstract.\n`,
    );
    expect(listing.entries).toHaveLength(1);
    expect(listing.entries[0]).toMatchObject({
      ref: { line: 5 },
      authors: ['Charles Babbage', 'Ada Lovelace'],
      authorsCut: true,
      abstract: 'The abstract.',
      affiliation: 'london',
    });
    expect(listing.entries[0]?.title).toBeUndefined();
    expect(listing.issues).toEqual([
      {
        file: 'fixture.txt',
        line: 6,
        severity: 'warning',
        message:
          'author line without a title: entry kept without a title, to be matched to a paper by its abstract',
      },
    ]);
  });

  it('rejects a byline with nothing after it, with its line', () => {
    const listing = parseText(`${head}12.0LGJan 2, 2020\nAda Lovelace\n`);
    expect(listing.entries).toEqual([]);
    expect(listing.rejected).toEqual([
      {
        ref: { file: 'fixture.txt', line: 5 },
        text: 'Ada Lovelace',
        reason: 'author line without a title',
      },
    ]);
  });

  it('keeps a title that looks like a name when a byline follows it', () => {
    const listing = parseText(
      `${head}12.0LGJan 2, 2020\nDeep Learning, Shallow Thoughts\nAda Lovelace, Charles Babbage\n`,
    );
    expect(listing.entries[0]).toMatchObject({
      title: 'Deep Learning, Shallow Thoughts',
      authors: ['Ada Lovelace', 'Charles Babbage'],
    });
    expect(listing.issues).toEqual([]);
  });

  it('keeps a name-like title with no byline after it as a title', () => {
    const listing = parseText(
      `${head}12.0LGJan 2, 2020\nDeep Learning\nWe learn deeply, as one does.\n`,
    );
    expect(listing.entries[0]?.title).toBe('Deep Learning');
  });

  it('recognises a profile copied down to its header only', () => {
    const text = `${head}140papers\n22,357citations\n\n140 Papers\n`;
    expect(profileListing.detect(splitLines(text))).toBeGreaterThanOrEqual(0.5);
    expect(parseText(text)).toMatchObject({
      owner: 'Ada Lovelace',
      claimedCount: 140,
      entries: [],
    });
  });
});

describe('parseByline', () => {
  it('splits names, et al. and affiliation', () => {
    expect(parseByline('A B, C D et al. · eth-zurich')).toEqual({
      names: ['A B', 'C D'],
      cut: true,
      affiliation: 'eth-zurich',
    });
    expect(parseByline('Sebastian U. Stich, Martin Jaggi')).toEqual({
      names: ['Sebastian U. Stich', 'Martin Jaggi'],
      cut: false,
    });
  });

  it('refuses sentences', () => {
    expect(
      parseByline('We study the problem of learning, and we show that it works.'),
    ).toBeUndefined();
  });
});
