import { describe, expect, it } from 'vitest';
import { bibtex } from './bibtex';
import { MAX_ENTRIES, scanBibtex } from './bibtexScan';
import { splitLines } from './lines';

const file = 'papers.bib';
const parse = (text: string) => bibtex.parse({ file, text }, splitLines(text));

describe('BibTeX as people write it', () => {
  it('treats % lines as comments: a commented-out entry is not read, one half commented out costs only itself', () => {
    const listing = parse(
      [
        '% Encoding: UTF-8',
        '%@article{old2019,',
        '%  title = {An Entry Commented Out},',
        '%}',
        '@unpublished{woo2020,',
        '%  title = {Planning as Inference},',
        '%}',
        '',
        '@inproceedings{le2020,',
        '  title = {Revisiting Reweighted Wake-Sleep},',
        '  % note = {an aside},',
        '  author = {Le, Tuan Anh and Wood, Frank},',
        '  year = 2020',
        '}',
      ].join('\n'),
    );
    expect(listing.entries.map((e) => [e.ref.line, e.title])).toEqual([
      [9, 'Revisiting Reweighted Wake-Sleep'],
    ]);
    expect(listing.rejected).toEqual([
      expect.objectContaining({
        ref: { file, line: 5 },
        reason: 'not valid BibTeX (its braces never close: its lines are commented out with %)',
      }),
    ]);
  });

  it('reads a backslash ending a line, macros, # concatenation, quoted values with braces, parentheses', () => {
    const listing = parse(
      [
        '@preamble{"\\newcommand{\\noop}[1]{}"}',
        '@comment{Exported by JabRef {5.9}}',
        '@string{pre = "Proceedings of the "}',
        '@string(icml = pre # "International Conference on Machine Learning")',
        '@inproceedings{a,',
        '  title = "On {Adam} and {SGD}",',
        '  booktitle = icml,',
        '  month = jan,',
        '  year = 2021,',
        '  abstract = {The first line \\',
        'and the second.}',
        '}',
        '@article(b,',
        '  title = {Parentheses} # " and " # {Concatenation},',
        '  year = {2022}',
        ')',
      ].join('\n'),
    );
    expect(listing.rejected).toEqual([]);
    const [a, b] = listing.entries;
    expect(a).toMatchObject({
      ref: { line: 5 },
      title: 'On Adam and SGD',
      abstract: 'The first line and the second.',
      venue: {
        name: 'Proceedings of the International Conference on Machine Learning',
        year: 2021,
      },
    });
    expect(b).toMatchObject({ ref: { line: 13 }, title: 'Parentheses and Concatenation' });
  });

  it('decodes the LaTeX citation.js leaves behind, keeping math for KaTeX', () => {
    const [entry] = parse(
      [
        '@inproceedings{c,',
        '  title = {{\\^{}} Marks, \\mbox{Fing\\-scheidt}\\footnote{Equal.} and \\mathrm{d}-Sep in $\\mathrm{d}x^{2}$},',
        "  author = {Mart{\\'{\\i}}n Abadi and Fing\\-scheidt, Tim},",
        '  booktitle = {Proc.\\ of ICASSP},',
        '  year = 2016',
        '}',
      ].join('\n'),
    ).entries;
    expect(entry?.title).toBe('^ Marks, Fingscheidt and d-Sep in $\\mathrm{d}x^{2}$');
    expect(entry?.authors).toEqual(['Martín Abadi', 'Tim Fingscheidt']);
    expect(entry?.venue?.name).toBe('Proc. of ICASSP');
  });

  it('rejects an entry nested 100,000 braces deep at its line, without a stack overflow', () => {
    const deep = `${'{'.repeat(100_000)}x${'}'.repeat(100_000)}`;
    const listing = parse(
      `@misc{deep,\n  title = ${deep}\n}\n@misc{ok, title = {Fine}, year = 2020}`,
    );
    expect(listing.rejected).toEqual([
      expect.objectContaining({
        ref: { file, line: 1 },
        reason: expect.stringContaining('braces nested 100001 deep (more than 64)'),
      }),
    ]);
    expect(listing.entries.map((e) => e.title)).toEqual(['Fine']);
  });

  it('rejects a field over 1 MB and stops reading after the entry limit, with a line', () => {
    const huge = parse(`@misc{big, title = {Big}, abstract = {${'a'.repeat(1_100_000)}}}`);
    expect(huge.rejected[0]?.reason).toMatch(/^not valid BibTeX \(entry of 1100\d+ characters/);
    const many = scanBibtex('@misc{a, title = {T}}\n'.repeat(MAX_ENTRIES + 3));
    expect(many.entries).toHaveLength(MAX_ENTRIES);
    expect(many.stoppedAt).toBe(MAX_ENTRIES * 22);
  });
});
