/**
 * Property tests of the formats researchers download (dblp XML, OpenAlex, RIS, Hugo front
 * matter) on hostile and mangled input: they never throw or hang, every entry is accounted
 * for (read or rejected, once, at a real line), and entity or alias expansion never runs away.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dblpXml } from '../../../src/ingest/formats/dblpXml';
import { hugoAcademic } from '../../../src/ingest/formats/hugoAcademic';
import { splitLines } from '../../../src/ingest/formats/lines';
import { openAlex } from '../../../src/ingest/formats/openAlex';
import { ris } from '../../../src/ingest/formats/ris';
import type { ListingFormat, ParsedListing } from '../../../src/ingest/formats/types';
import { cleanText } from '../../../src/text/fold';
import { FUZZ_TIMEOUT, runs } from './listingArbitraries';

/** Parses and checks what every format owes: refs on real lines, once each, quickly. */
function parseChecked(format: ListingFormat, text: string, file = 'f'): ParsedListing {
  const lines = splitLines(text);
  const started = performance.now();
  format.detect(lines.map(cleanText));
  const listing = format.parse({ file, text }, lines.map(cleanText));
  expect(performance.now() - started).toBeLessThan(2000);
  const refs = [...listing.entries, ...listing.rejected].map((e) => e.ref.line);
  expect(new Set(refs).size).toBe(refs.length);
  for (const line of [...refs, ...listing.issues.map((i) => i.line)]) {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines.length);
  }
  return listing;
}

const word = fc.constantFrom('Tao', 'Lin', 'Jürgen', 'Müller', '0004', 'SGD', 'a', '', ' ');
const entity = fc.constantFrom(
  '&auml;',
  '&amp;',
  '&lol9;',
  '&#228;',
  '&#x1F600;',
  '&#0;',
  '&#99999999;',
  '&;',
  '&',
  '&lt;i&gt;',
);
const text = fc.array(fc.oneof(word, entity), { maxLength: 8 }).map((parts) => parts.join(' '));
const tagBits = fc.constantFrom(
  '<i>',
  '</i>',
  '<sub>',
  '</title>',
  '<title>',
  '<',
  '>',
  ']]>',
  '<!--',
  '-->',
  '<r>',
  '</r>',
  '<!ENTITY x "y">',
  '<![CDATA[',
);

const dblpRecord = fc
  .record({
    kind: fc.constantFrom('article', 'inproceedings', 'proceedings', 'phdthesis', 'www'),
    authors: fc.array(fc.tuple(text, fc.constantFrom('t/TaoLin4', '17/4402', 'bad pid', '')), {
      maxLength: 4,
    }),
    title: fc.oneof(
      text,
      fc.tuple(text, tagBits, text).map((t) => t.join('')),
    ),
    year: fc.constantFrom('2020', '20x0', ''),
    ee: fc.constantFrom(
      'https://doi.org/10.1/X',
      'https://arxiv.org/abs/2106.09685',
      'nonsense',
      '',
    ),
    cut: fc.nat({ max: 400 }),
    damage: fc.boolean(),
  })
  .map((r) => {
    const body = [
      `<r><${r.kind} key="conf/x/${r.year}" mdate="2020-01-01">`,
      ...r.authors.map(([name, pid]) => `<author pid="${pid}">${name}</author>`),
      `<title>${r.title}</title>`,
      `<year>${r.year}</year>`,
      `<ee>${r.ee}</ee>`,
      `</${r.kind}>`,
      '</r>',
    ].join('\n');
    return r.damage ? body.slice(0, r.cut) : body;
  });

const dblpDocument = fc
  .record({
    doctype: fc.constantFrom(
      '',
      '<!DOCTYPE dblpperson SYSTEM "dblp.dtd">',
      '<!DOCTYPE dblpperson [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>',
      '<!DOCTYPE dblpperson [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    ),
    records: fc.array(dblpRecord, { maxLength: 8 }),
  })
  .map(
    ({ doctype, records }) =>
      `<?xml version="1.0"?>\n${doctype}\n<dblpperson name="Tao Lin 0004" pid="t/TaoLin4" n="${records.length}">\n${records.join('\n')}\n</dblpperson>\n`,
  );

describe('dblp person XML, hostile', () => {
  it(
    'never throws; every <r> is an entry or a rejection, or the file is refused at a declared entity',
    () => {
      fc.assert(
        fc.property(dblpDocument, (xml) => {
          const listing = parseChecked(dblpXml, xml);
          const records = (xml.match(/<r[\s>]/g) ?? []).length;
          if (/<!ENTITY/i.test(xml)) {
            expect(listing.entries).toEqual([]);
            expect(listing.issues.some((i) => i.message.includes('<!ENTITY'))).toBe(true);
          } else expect(listing.entries.length + listing.rejected.length).toBe(records);
          for (const entry of listing.entries) expect(entry.title).not.toContain('lollol');
        }),
        runs(200),
      );
    },
    FUZZ_TIMEOUT,
  );

  it('refuses a billion laughs in milliseconds, whatever follows it', () => {
    const levels = Array.from(
      { length: 10 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('\n');
    const xml = `<!DOCTYPE dblpperson [\n<!ENTITY l0 "lol">\n${levels}\n]>\n<dblpperson name="X"><r><article><title>&l10;</title></article></r></dblpperson>`;
    const started = performance.now();
    const listing = parseChecked(dblpXml, xml);
    expect(performance.now() - started).toBeLessThan(100);
    expect(listing.issues[0]).toMatchObject({
      line: 2,
      severity: 'warning',
      message: expect.stringContaining('<!ENTITY'),
    });
  });
});

const risLine = fc.oneof(
  fc.constantFrom(
    'TY  - JOUR',
    'TY - CONF',
    'TY  -',
    'ER  - ',
    'ER  -',
    'ER',
    'AU  - Lin, Tao',
    'AU  - ,',
    'A1  - Müller, Jürgen, Jr.',
    'TI  - A Title',
    'T1 - Another Title',
    'PY  - 2020///',
    'DA  - SEP 22',
    'DO  - 10.1000/x',
    'UR  - https://arxiv.org/abs/2106.09685',
    '   continued text',
    '',
    '\uFEFFTY  - JOUR',
    'XX  - unknown tag',
    'ty  - jour',
  ),
  fc.string({ maxLength: 30 }),
);

describe('RIS, malformed', () => {
  it(
    'never throws; every TY line is an entry or a rejection at that line',
    () => {
      fc.assert(
        fc.property(fc.array(risLine, { maxLength: 60 }), (lines) => {
          const text = lines.join('\n');
          const listing = parseChecked(ris, text);
          const refs = new Set([...listing.entries, ...listing.rejected].map((e) => e.ref.line));
          splitLines(text).forEach((line, i) => {
            if (/^\uFEFF?TY {1,2}-(?: |$)/.test(cleanText(line)))
              expect(refs.has(i + 1)).toBe(true);
          });
        }),
        runs(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});

const yamlValue = fc.oneof(
  fc.constantFrom(
    'admin',
    'Jürgen Müller',
    '"quoted"',
    "'single'",
    '[a, b]',
    '{x: 1}',
    '*a',
    '*b',
    '&a x',
    '&b [*a, *a]',
    '!!binary aGVsbG8=',
    '!!js/function "x"',
    '|',
    '>',
    '"unclosed',
    '[',
    '{',
  ),
  fc.string({ maxLength: 12 }),
);
const yamlLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('title', 'authors', 'publication', 'doi', 'date', 'x', 'publication_types'),
      yamlValue,
    )
    .map(([k, v]) => `${k}: ${v}`),
  yamlValue.map((v) => `  - ${v}`),
  fc.constantFrom(
    '<<: *a',
    'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'title: *d',
  ),
);

describe('Hugo front matter with YAML anchors and aliases', () => {
  it(
    'never throws or hangs; the file is one entry, one rejection, or a warning',
    () => {
      fc.assert(
        fc.property(fc.array(yamlLine, { maxLength: 20 }), fc.boolean(), (lines, closed) => {
          const text = [
            '---',
            'title: T',
            'authors: [admin]',
            ...lines,
            ...(closed ? ['---'] : []),
            'body',
          ].join('\n');
          const listing = parseChecked(hugoAcademic, text, 'index.md');
          expect(listing.entries.length + listing.rejected.length).toBe(1);
        }),
        runs(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it('never throws on TOML either', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'title = "T"',
              'authors = ["admin"]',
              'a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
              '[x]',
              'x = {',
              'date = 2020-13-45',
            ),
            fc.string({ maxLength: 20 }),
          ),
          { maxLength: 12 },
        ),
        (lines) => {
          const listing = parseChecked(
            hugoAcademic,
            ['+++', ...lines, '+++'].join('\n'),
            'index.md',
          );
          expect(listing.entries.length + listing.rejected.length).toBe(1);
        },
      ),
      runs(200),
    );
  });
});

const work = fc.record(
  {
    id: fc.constantFrom('https://openalex.org/W1', 'W2', 'nonsense', 7),
    title: fc.oneof(fc.constant(null), fc.string({ maxLength: 10 }), fc.constant('A Title')),
    display_name: fc.oneof(fc.constant(null), fc.constant('Shown')),
    authorships: fc.oneof(
      fc.constant(null),
      fc.array(
        fc.record({
          author: fc.oneof(
            fc.constant(null),
            fc.record({
              id: fc.constantFrom('https://openalex.org/A1', 'x'),
              display_name: fc.oneof(fc.constant(null), fc.string({ maxLength: 8 })),
              orcid: fc.constantFrom(null, '0000-0002-1825-0097', 'bad'),
            }),
          ),
          raw_author_name: fc.oneof(fc.constant(null), fc.string({ maxLength: 8 })),
        }),
        { maxLength: 4 },
      ),
    ),
    publication_year: fc.oneof(fc.constant(null), fc.integer(), fc.constant('2020')),
    publication_date: fc.constantFrom(null, '2020-02-30', 'x', '2020-01-01'),
    abstract_inverted_index: fc.oneof(
      fc.constant(null),
      fc.dictionary(
        fc.string({ maxLength: 5 }),
        fc.array(fc.oneof(fc.integer(), fc.constant(1e15), fc.string()), { maxLength: 3 }),
      ),
    ),
    primary_location: fc.oneof(
      fc.constant(null),
      fc.record({
        source: fc.oneof(
          fc.constant(null),
          fc.record({
            display_name: fc.string({ maxLength: 6 }),
            type: fc.constantFrom('journal', 'repository', 7),
          }),
        ),
      }),
    ),
  },
  { requiredKeys: ['id', 'authorships'] },
);

describe('OpenAlex works, malformed', () => {
  it(
    'never throws; every work of a recognised page is an entry or a rejection',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(work, work, fc.constant(null), fc.constant(3)), {
            minLength: 1,
            maxLength: 6,
          }),
          fc.boolean(),
          (works, page) => {
            const json = JSON.stringify(
              page ? { meta: { count: works.length, nested: [{ a: 1 }] }, results: works } : works,
              null,
              1,
            );
            const listing = parseChecked(openAlex, json, 'w.json');
            if (listing.issues.some((i) => i.message.startsWith('not OpenAlex'))) return;
            expect(listing.entries.length + listing.rejected.length).toBe(works.length);
          },
        ),
        runs(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});
