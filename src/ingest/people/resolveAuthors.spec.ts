import { describe, expect, it } from 'vitest';
import type { AuthorRecord } from '../../model/types';
import { seedBuild } from '../../../tests/support/seeds';
import { parseAliasFile } from './aliases';
import { resolveAuthors, type NameOccurrence } from './resolveAuthors';

const { graph, report } = seedBuild();

function author(name: string): AuthorRecord {
  const found = graph.authors.filter((a) => a.name === name || a.aliases.includes(name));
  expect(found, `authors named "${name}"`).toHaveLength(1);
  return found[0]!;
}

describe('resolving people on the seeds', () => {
  it.each([
    ['François Fleuret', ['Francois Fleuret']],
    ['Martin Takáč', ['Martin Takác 0001', 'Martin Takac']],
    ['Tao Lin', ['Tao Lin 0004']],
    ['Sebastian U. Stich', ['Sebastian Stich']],
    ['Michael I. Jordan', ['Michael Jordan']],
    ['Julien Tuấn Tú Vignoud', ['Julien T. T. Vignoud']],
    ['Anastasia Koloskova', ['Anastasiia Koloskova']],
    ['Celestine Mendler-Dünner', ['Celestine Dünner']],
    ['Gunnar Rätsch', ['Gunnar Raetsch']],
  ])('%s is one person with every spelling as an alias', (name, variants) => {
    const person = author(name);
    expect(person.name).toBe(name);
    expect(person.aliases).toEqual(expect.arrayContaining(variants));
    for (const variant of variants) expect(author(variant).id).toBe(person.id);
  });

  it('shows names without DBLP suffixes and with their diacritics', () => {
    for (const a of graph.authors) expect(a.name).not.toMatch(/\d{4}$/);
    expect(author('Tao Lin').id).toBe('tao-lin');
    expect(author('Martin Takáč').id).toBe('martin-takac');
  });

  it('marks the owner, who signs every paper of their listings', () => {
    const owner = author('Martin Jaggi');
    expect(owner.owner).toBe(true);
    expect(graph.owners).toEqual([owner.id]);
    expect(owner.paperCount).toBe(graph.papers.length);
    expect(graph.authors.filter((a) => a.owner)).toHaveLength(1);
  });

  it('puts the owner on FLamby after the eight printed names and marks it incomplete', () => {
    const flamby = graph.papers.find((p) => p.title.startsWith('FLamby'))!;
    expect(flamby.authors).toHaveLength(9);
    expect(flamby.authors.at(-1)).toBe('martin-jaggi');
    expect(flamby.authorsComplete).toBe(false);
  });

  it('takes the longest, complete byline across listings', () => {
    const meditron = graph.papers.find((p) => p.title.startsWith('MEDITRON'))!;
    expect(meditron.authorsComplete).toBe(false);
    const doge = graph.papers.find((p) => p.title.startsWith('DOGE'))!;
    expect(doge.authors).toEqual(['simin-fan', 'matteo-pagliardini', 'martin-jaggi']);
    expect(doge.authorsComplete).toBe(true);
  });

  it('reports every merge with its rule', () => {
    const rules = Object.fromEntries(report.personMerges.map((m) => [m.spelling, m.rule]));
    expect(rules).toMatchObject({
      'Francois Fleuret': 'same-letters',
      'Tao Lin 0004': 'dblp-suffix',
      'Sebastian Stich': 'middle-names',
      'Anastasiia Koloskova': 'transliteration',
      'Celestine Dünner': 'alias-file',
    });
  });
});

/** Each byline is one list of names; each paper one byline, unless `paper` says otherwise. */
function occurrences(bylines: string[][]): NameOccurrence[] {
  return bylines.flatMap((names, byline) =>
    names.map((spelling, position) => ({ spelling, paper: byline, byline, position })),
  );
}
function groups(bylines: string[][], aliasJson?: string): string[][] {
  const aliases = aliasJson ? parseAliasFile('aliases.json', aliasJson) : undefined;
  return resolveAuthors(occurrences(bylines), aliases)
    .people.map((p) => p.spellings)
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('people who share a surname stay apart', () => {
  it('different first names, an initial that fits two people, and same-byline pairs are never merged', () => {
    const result = groups([
      ['Wei Wang', 'Lei Wang'],
      ['J. Smith', 'Ann Lee'],
      ['John Smith', 'Ann Lee'],
      ['Jane Smith', 'Ann Lee'],
      ['Daniel Smith', 'Daniel A. Smith'],
    ]);
    expect(result).toEqual([
      ['Ann Lee'],
      ['Daniel A. Smith'],
      ['Daniel Smith'],
      ['J. Smith'],
      ['Jane Smith'],
      ['John Smith'],
      ['Lei Wang'],
      ['Wei Wang'],
    ]);
  });

  it('two DBLP numbers are two people, and the bare name fits neither', () => {
    expect(groups([['Tao Lin 0002'], ['Tao Lin 0004'], ['Tao Lin']])).toEqual([
      ['Tao Lin'],
      ['Tao Lin 0002'],
      ['Tao Lin 0004'],
    ]);
  });

  it('a bare name that fits two people with different middle initials joins neither', () => {
    expect(groups([['Sebastian U. Stich'], ['Sebastian K. Stich'], ['Sebastian Stich']])).toEqual([
      ['Sebastian K. Stich'],
      ['Sebastian Stich'],
      ['Sebastian U. Stich'],
    ]);
  });

  it('the alias file can keep apart what rules would merge, and join what they would not', () => {
    const aliases =
      '{"version":1,"people":{"Celestine Mendler-Dünner":["Celestine Dünner"]},"distinct":[["Michael Jordan","Michael I. Jordan"]]}';
    expect(
      groups(
        [
          ['Michael Jordan'],
          ['Michael I. Jordan'],
          ['Celestine Dünner'],
          ['Celestine Mendler-Dünner'],
        ],
        aliases,
      ),
    ).toEqual([
      ['Celestine Dünner', 'Celestine Mendler-Dünner'],
      ['Michael I. Jordan'],
      ['Michael Jordan'],
    ]);
  });

  it('reports near misses as likely duplicates with evidence', () => {
    const resolution = resolveAuthors(
      occurrences([
        ['Celestine Dünner', 'Ann Lee'],
        ['Celestine Mendler-Dünner', 'Ann Lee'],
        ['J. Smith'],
        ['John Smith'],
      ]),
    );
    const pairs = resolution.likelyDuplicates.map((d) => [...d.names].sort().join(' / '));
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Celestine Dünner / Celestine Mendler-Dünner',
        'J. Smith / John Smith',
      ]),
    );
    const dunner = resolution.likelyDuplicates.find((d) => d.names.includes('Celestine Dünner'))!;
    expect(dunner.evidence).toEqual(expect.arrayContaining(['1 shared coauthor']));
  });
});
