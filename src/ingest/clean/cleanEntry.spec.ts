import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import { parseSource } from '../pipeline';
import { cleanListing, cleanName, rememberingCleanName } from './cleanEntry';
import { htmlToText } from './htmlText';

describe('htmlToText', () => {
  it.each([
    ['<i>k</i>-SAT', 'k-SAT'],
    ['L<sub>1</sub> regularisation', 'L₁ regularisation'],
    ['x<sup>2</sup> and e<sup>-iπ</sup>', 'x² and $e^{-iπ}$'],
    ['n<sup>5/2</sup> time', '$n^{5/2}$ time'],
    ['A<sub>T&amp;T</sub>', 'AT&T'],
    ['<b>Bold</b>, <em>em</em>, <tt>tt</tt>, <strong>s</strong>', 'Bold, em, tt, s'],
    ['<span style="font-variant:small-caps;">Sc</span>ale', 'Scale'],
    ['Line<br/>break', 'Line break'],
    [
      'Q&amp;A &lt;3 &#8211; &#x2014; &eacute;t&eacute; &#150; &unknown;',
      'Q&A <3 – — été – &unknown;',
    ],
    ['&lt;i&gt;escaped&lt;/i&gt; markup', 'escaped markup'],
    [
      '<script>alert(1)</script> <img src=x> are text',
      '<script>alert(1)</script> <img src=x> are text',
    ],
    ['A<!>nna<!-- x --> <font color=red>Lee</font>', 'Anna Lee'],
    ['$a<b$ and $M<O\\left(N^{1/4}\\right)$ stay', '$a<b$ and $M<O\\left(N^{1/4}\\right)$ stay'],
    ['a < b and x<y are text', 'a < b and x<y are text'],
  ])('%j is %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('the clean-entry stage (parseSource)', () => {
  const file = 'tests/fixtures/scraped/exported.json';
  const parsed = parseSource({ file, text: readFileSync(path.join(REPO_ROOT, file), 'utf8') });
  const entry = parsed.listing!.entries[0]!;

  it('repairs mojibake, drops marks and footnotes from names, keeps a DBLP suffix', () => {
    expect(entry.authors).toEqual([
      'José García',
      'Anastasia Koloskova',
      'Sebastian U. Stich',
      'Tao Lin 0004',
    ]);
  });

  it('says so when a name was only a mark, at the entry line', () => {
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        file,
        line: 2,
        severity: 'warning',
        message: 'author "†" is only marks or markup: left out',
      }),
    ]);
  });

  it('turns HTML in the title, abstract and venue into text or KaTeX, never leaving a tag', () => {
    expect(entry.title).toBe('Faster k-SAT Solvers in L₁ and Lₚ–Norms');
    expect(entry.venue?.name).toBe('Advances in Neural Information Processing Systems & Workshops');
    expect(entry.abstract).toBe(
      'We show that Schölkopf’s bound is tight for $x^{n/2}$ < 2 when $a<b$.',
    );
  });
});

describe('LaTeX from BibTeX, through the clean stage', () => {
  it('leaves no command, tie, dash pair or `undefined`, and keeps math for KaTeX', () => {
    const text = [
      '@inproceedings{k,',
      '  title = {\\textsf{Sans} \\textbf{Bold} \\emph{Em} \\texttt{TT} \\textit{It} \\textsc{Sc}: \\mathrm{d}-Sep \\& Q~A, 1--2---3 {\\^{}} x\\textsuperscript{2} in $\\mathcal{O}(n^{2})$},',
      '  author = {M{\\"u}ller, J{\\"o}rg},',
      '  year = 2020',
      '}',
    ].join('\n');
    const entry = parseSource({ file: 'lab.bib', text }).listing!.entries[0]!;
    expect(entry.title).toBe(
      'Sans Bold Em TT It Sc: d-Sep & Q A, 1–2—3 ^ x² in $\\mathcal{O}(n^{2})$',
    );
    expect(entry.authors).toEqual(['Jörg Müller']);
  });
});

describe('cleanListing', () => {
  it('does not append the owner again when a marked spelling of them was printed', () => {
    const listing = cleanListing({
      file: 'profile.txt',
      format: 'profile-listing',
      owner: 'Martin Jaggi',
      entries: [
        {
          ref: { file: 'profile.txt', line: 12 },
          title: 'Ordered Momentum',
          authors: ['Lie He*', 'Martin Jaggi†', 'Martin Jaggi'],
          authorsCut: true,
          ownerAdded: true,
        },
        {
          ref: { file: 'profile.txt', line: 20 },
          title: 'Hidden Owner',
          authors: ['Lie He¹', 'Martin Jaggi'],
          authorsCut: true,
          ownerAdded: true,
        },
      ],
      rejected: [],
      issues: [],
    });
    expect(listing.entries.map((e) => [e.authors, e.ownerAdded])).toEqual([
      [['Lie He', 'Martin Jaggi'], false],
      [['Lie He', 'Martin Jaggi'], true],
    ]);
  });
});

describe('rememberingCleanName', () => {
  it('gives what cleanName gives, asked once or again', () => {
    const clean = rememberingCleanName();
    for (const printed of [
      'Anna Lee*',
      'Bo Li¹',
      'JosÃ© GarcÃ­a',
      '&dagger;',
      'Anna Lee*',
      'Bo Li¹',
    ])
      expect(clean(printed)).toBe(cleanName(printed));
    expect(clean('&dagger;')).toBe('');
  });
});
