import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import { runPipeline } from '../pipeline';
import { readInputs } from '../read/readInputs';
import { withText } from '../parse/parseSource';
import { detectFormat } from './detect';
import { hugoAcademic, markdownText } from './hugoAcademic';
import { authorPages } from './hugoAuthors';
import { splitLines } from './lines';

const SITE = 'tests/fixtures/hugo/site';
const input = readInputs([SITE], REPO_ROOT);
const source = (slug: string) => {
  const found = input.sources.find((s) => s.file.includes(`/publication/${slug}/`));
  if (!found) throw new Error(`no source for ${slug}`);
  return withText(found);
};
const parse = (slug: string) => {
  const s = source(slug);
  return hugoAcademic.parse(s, splitLines(s.text));
};

describe('Hugo Academic publications', () => {
  it('a site folder: publications read, everything else skipped by name and not warned about', () => {
    expect(input.sources.map((s) => s.file.replace(`${SITE}/`, ''))).toEqual([
      'content/publication/aliases/index.md',
      'content/publication/broken/index.md',
      'content/publication/gossip/index.md',
      'content/publication/unified/index.md',
    ]);
    const skipped = Object.fromEntries(
      input.skipped.map((s) => [s.file.replace(`${SITE}/`, ''), s.reason]),
    );
    expect(skipped).toMatchObject({
      'README.md': 'MD that is not Hugo Academic publication',
      'content/authors/admin/_index.md': 'MD that is not Hugo Academic publication',
      'content/post/hello/index.md': 'MD that is not Hugo Academic publication',
      'content/publication/_index.md': 'MD that is not Hugo Academic publication',
      'themes/academic/exampleSite/content/publication/demo/index.md':
        expect.stringContaining('Hugo theme'),
      'themes/academic/LICENSE': expect.stringContaining('Hugo theme'),
    });
    const { report } = runPipeline(input);
    expect(report.accounting).toMatchObject({ entriesRead: 4, rejected: 1, balanced: true });
    // The one warning is the broken publication's; skipped files are in the report, not warnings.
    expect(report.issues.map((i) => `${i.file.replace(`${SITE}/`, '')}:${i.line}`)).toEqual([
      'content/publication/broken/index.md:2',
    ]);
  });

  it('is recognised by its front matter, TOML or YAML, and other Markdown is not', () => {
    expect(detectFormat(splitLines(source('gossip').text)).format?.id).toBe('hugo-academic');
    expect(detectFormat(splitLines(source('unified').text)).format?.id).toBe('hugo-academic');
    expect(hugoAcademic.detect(['# README', '', 'title: authors: doi:'])).toBe(0);
    expect(
      hugoAcademic.detect(['---', 'title: Post', 'authors: [admin]', 'tags: [x]', '---']),
    ).toBe(0);
  });

  it('gives the read stage the site author pages, and resolves admin and author folders', () => {
    expect(source('gossip').companionFolder).toBe(`${SITE}/content/authors`);
    expect([...authorPages(source('gossip').companions)]).toEqual([
      ['admin', 'Anastasia Koloskova'],
      ['martin-jaggi', 'Martin Jaggi'],
    ]);
    const gossip = parse('gossip');
    expect(gossip.owner).toBe('Anastasia Koloskova');
    expect(gossip.entries[0]).toMatchObject({
      ref: { line: 1 },
      title:
        'Decentralized Stochastic Optimization and Gossip Algorithms with Compressed Communication',
      authors: ['Anastasia Koloskova', 'Sebastian U. Stich', 'Martin Jaggi'],
      authorsCut: false,
      venue: {
        name: 'In International Conference on Machine Learning',
        year: 2019,
        type: 'conference',
      },
      date: { year: 2019, month: 6, day: 10 },
      ids: { doi: '10.5555/3454287.3455008', arxiv: '1902.00340' },
    });
    expect(parse('unified').entries[0]).toMatchObject({
      authors: [
        'Anastasia Koloskova',
        'Nicolas Loizou',
        'Sadra Boreiri',
        'Martin Jaggi',
        'Sebastian U. Stich',
      ],
      venue: { name: 'Journal of Machine Learning Research', year: 2020, type: 'journal' },
      ids: { arxiv: '2003.10422' },
    });
  });

  it('reads an older theme author page that says name instead of title', () => {
    const pages = authorPages([
      {
        file: 'site/content/authors/admin/_index.md',
        text: '+++\nname = "Nelson Bighetti"\n+++\n',
      },
      { file: 'site/content/authors/x/_index.md', text: 'no front matter' },
    ]);
    expect([...pages]).toEqual([['admin', 'Nelson Bighetti']]);
  });

  it('reads YAML anchors and aliases, and names with letters beyond ASCII, as written', () => {
    expect(parse('aliases').entries[0]).toMatchObject({
      title: 'A Title Repeated By An Anchor',
      authors: ['Anastasia Koloskova', 'Jürgen Müller'],
      venue: { name: 'A Title Repeated By An Anchor', type: 'preprint' },
      date: { year: 2024, month: 1, day: 15 },
    });
  });

  it('rejects broken front matter at the line of the problem', () => {
    const broken = parse('broken');
    expect(broken.entries).toEqual([]);
    expect(broken.rejected).toEqual([
      expect.objectContaining({
        ref: { file: source('broken').file, line: 2 },
        reason: expect.stringContaining('YAML front matter does not parse'),
      }),
    ]);
    const open = hugoAcademic.parse({ file: 'o.md', text: '+++\ntitle = "x"\n' }, []);
    expect(open.rejected[0]).toMatchObject({
      ref: { line: 1 },
      reason: expect.stringContaining('never closes'),
    });
  });

  it('without an author page for admin: a warning at its line naming the file to add, admin left out', () => {
    const site = readInputs(['tests/fixtures/hugo/no-admin'], REPO_ROOT);
    const only = withText(site.sources[0]!);
    expect(only.companions).toEqual([]);
    const listing = hugoAcademic.parse(only, splitLines(only.text));
    expect(listing.owner).toBeUndefined();
    expect(listing.entries[0]).toMatchObject({ authors: ['Sebastian U. Stich'], authorsCut: true });
    expect(listing.issues).toEqual([
      expect.objectContaining({
        line: 5,
        severity: 'warning',
        message: expect.stringContaining(
          'tests/fixtures/hugo/no-admin/content/authors/admin/_index.md, which is missing',
        ),
      }),
    ]);
  });

  it('bounds YAML aliases: a billion-laughs front matter is rejected at its line, fast', () => {
    const lol = [
      '---',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const me = String.fromCharCode(98 + i);
        const prev = String.fromCharCode(97 + i);
        return `${me}: &${me} [${Array(9).fill(`*${prev}`).join(',')}]`;
      }),
      'title: *i',
      'authors: [admin]',
      'publication: x',
      '---',
    ].join('\n');
    const started = performance.now();
    const bomb = hugoAcademic.parse({ file: 'lol.md', text: lol }, splitLines(lol));
    expect(performance.now() - started).toBeLessThan(500);
    expect(bomb.entries).toEqual([]);
    expect(bomb.rejected[0]?.reason).toMatch(/YAML front matter does not parse \(.*alias/i);
  });

  it('turns Markdown venues into text', () => {
    expect(markdownText('In *Advances in Neural Information Processing Systems*')).toBe(
      'In Advances in Neural Information Processing Systems',
    );
    expect(markdownText('**JMLR**, [link](https://jmlr.org) and snake_case_name')).toBe(
      'JMLR, link and snake_case_name',
    );
  });
});
