import { describe, expect, it } from 'vitest';
import { SEED_FILES, entryTitled, parseSeed } from '../../../tests/support/seeds';
import { BULLET_CAP, authorCluster, parseVenueLine } from './authorCluster';
import { splitLines } from './lines';

describe('author cluster on the seed', () => {
  const listing = parseSeed(SEED_FILES.cluster);

  it('finds 81 entries and the owner', () => {
    expect(listing.entries).toHaveLength(81);
    expect(listing.owner).toBe('Martin Jaggi');
  });

  it('says when the header claims more papers than are present', () => {
    expect(listing.claimedCount).toBe(82);
    expect(listing.issues).toContainEqual({
      file: SEED_FILES.cluster,
      line: 9,
      severity: 'warning',
      message: 'header claims 82 papers but 81 entries are present',
    });
  });

  it('adds the owner to FLamby, whose eight bullets are cut before reaching them', () => {
    const flamby = entryTitled(SEED_FILES.cluster, 'FLamby');
    expect(flamby.authors).toHaveLength(BULLET_CAP + 1);
    expect(flamby.authors.slice(0, 2)).toEqual(['Jean Ogier du Terrail', 'Samy-Safwan Ayed']);
    expect(flamby.authors.at(-1)).toBe('Martin Jaggi');
    expect(flamby).toMatchObject({ authorsCut: true, ownerAdded: true });
  });

  it('marks a list of eight as possibly cut even when the owner is in it, and shorter lists as complete', () => {
    expect(entryTitled(SEED_FILES.cluster, 'QuaRot')).toMatchObject({
      authorsCut: true,
      ownerAdded: false,
    });
    expect(entryTitled(SEED_FILES.cluster, 'Model Fusion')).toMatchObject({
      authors: ['Sidak Pal Singh', 'Martin Jaggi'],
      authorsCut: false,
    });
  });

  it('keeps DBLP suffixes as printed (people resolution strips them)', () => {
    expect(entryTitled(SEED_FILES.cluster, 'Consensus Control').authors).toContain('Tao Lin 0004');
    expect(entryTitled(SEED_FILES.cluster, 'Primal-Dual Rates').authors).toContain(
      'Martin Takác 0001',
    );
  });

  it('reads the venue line', () => {
    expect(entryTitled(SEED_FILES.cluster, 'Leveraging the True Depth').venue).toEqual({
      name: 'TMLR',
      year: 2026,
      type: 'journal',
      label: 'TMLR Journal 2026 Journal Article',
    });
  });
});

describe('parseVenueLine', () => {
  it.each([
    ['ICML Conference 2024 Conference Paper', { name: 'ICML', year: 2024, type: 'conference' }],
    ['AAAI Conference 2022 Conference Paper', { name: 'AAAI', year: 2022, type: 'conference' }],
    ['JMLR Journal 2018 Journal Article', { name: 'JMLR', year: 2018, type: 'journal' }],
  ])('%s', (line, expected) => {
    expect(parseVenueLine(line)).toMatchObject(expected);
  });

  it('is not fooled by a title', () => {
    expect(parseVenueLine('Learning to rank in 2024')).toBeUndefined();
  });
});

describe('author cluster on broken input', () => {
  it('rejects a venue line without a title and warns about missing bullets', () => {
    const text =
      'Author name cluster\n\nAda Lovelace\n\n2 papers\n\nICML Conference 2020 Conference Paper\n\nA title\n\nAbstract text.\n\nICML Conference 2021 Conference Paper\n';
    const listing = authorCluster.parse({ file: 'f.txt', text }, splitLines(text));
    expect(listing.entries).toHaveLength(1);
    expect(listing.entries[0]).toMatchObject({
      title: 'A title',
      authors: ['Ada Lovelace'],
      abstract: 'Abstract text.',
    });
    expect(listing.rejected).toEqual([
      {
        ref: { file: 'f.txt', line: 13 },
        text: 'ICML Conference 2021 Conference Paper',
        reason: 'venue line without a title',
      },
    ]);
    expect(listing.issues.map((i) => i.line)).toContain(9);
  });
});

describe('author cluster entries cut off mid-way', () => {
  const head = 'Author name cluster\n\nAda Lovelace\n\n';
  const parse = (body: string) => {
    const text = head + body;
    return authorCluster.parse({ file: 'f.txt', text }, splitLines(text));
  };

  it('never takes an author bullet for the title: bullets right after the venue line lost it', () => {
    const listing = parse(
      'ICML Conference 2020 Conference Paper\n\n  • Charles Babbage\n  • Ada Lovelace\n\nThe abstract.\n',
    );
    expect(listing.entries).toEqual([
      expect.objectContaining({
        ref: { file: 'f.txt', line: 5 },
        authors: ['Charles Babbage', 'Ada Lovelace'],
        abstract: 'The abstract.',
      }),
    ]);
    expect(listing.entries[0]?.title).toBeUndefined();
    expect(listing.issues).toContainEqual({
      file: 'f.txt',
      line: 7,
      severity: 'warning',
      message:
        'author bullets without a title: entry kept without a title, to be matched to a paper by its abstract',
    });
  });

  it('rejects bullets with neither title nor abstract', () => {
    const listing = parse('ICML Conference 2020 Conference Paper\n\n  • Charles Babbage\n');
    expect(listing.entries).toEqual([]);
    expect(listing.rejected).toEqual([
      {
        ref: { file: 'f.txt', line: 5 },
        text: 'ICML Conference 2020 Conference Paper',
        reason: 'author bullets without a title',
      },
    ]);
  });

  it('reads bullets hidden behind invisible characters, and leaves out a bullet too long for a name', () => {
    const listing = parse(
      `ICML Conference 2020 Conference Paper\n\nA title\n\n\u200b  • Ada\u00a0Lovelace\n  • ${'x'.repeat(300)}\n\nThe abstract.\n`,
    );
    expect(listing.entries[0]).toMatchObject({ title: 'A title', authors: ['Ada Lovelace'] });
    expect(listing.issues).toEqual([
      expect.objectContaining({
        line: 10,
        severity: 'warning',
        message: expect.stringMatching(
          /^bullet too long to be a name \(over 200 characters\), left out: "• x+…"$/,
        ),
      }),
    ]);
  });
});
