import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import { cleanListing } from '../clean/cleanEntry';
import { DBLP_ENTITIES, decodeDblpEntities } from './dblpEntities';
import { dblpTitle, dblpXml } from './dblpXml';
import { detectFormat } from './detect';
import { splitLines } from './lines';

const file = 'tests/fixtures/dblp/person.xml';
const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
const listing = dblpXml.parse({ file, text }, splitLines(text));

/** A generated person page: `records` records of `authors` authors each. */
export function generatedPerson(records: number, authors = 8): string {
  const rs = Array.from({ length: records }, (_, i) => {
    const names = Array.from(
      { length: authors },
      (_, a) =>
        `<author pid="${a}/${i % 97}">J&uuml;rgen M&uuml;ller ${String(a).padStart(4, '0')}</author>`,
    ).join('\n');
    return `<r><inproceedings key="conf/gen/P${i}" mdate="2024-01-01">\n${names}\n<title>Generated Paper Number ${i} on <i>k</i>-Means.</title>\n<year>${2000 + (i % 25)}</year>\n<booktitle>GEN</booktitle>\n<ee>https://doi.org/10.5555/gen.${i}</ee>\n</inproceedings>\n</r>`;
  });
  return `<?xml version="1.0" encoding="US-ASCII"?>\n<dblpperson name="J&uuml;rgen M&uuml;ller 0000" pid="m/JM" n="${records}">\n${rs.join('\n')}\n</dblpperson>\n`;
}

describe('dblp person XML', () => {
  it('is recognised by content', () => {
    expect(detectFormat(splitLines(text)).format?.id).toBe('dblp-xml');
    expect(dblpXml.detect(['<?xml version="1.0"?>', '<rss><channel/></rss>'])).toBe(0);
  });

  it('names the owner and reads every record, homonym numbers kept', () => {
    expect(listing.owner).toBe('Tao Lin 0004');
    expect(listing.claimedCount).toBe(7);
    expect(listing.entries[0]).toMatchObject({
      ref: { file, line: 9 },
      title: "Don't Use Large Mini-batches, Use Local SGD",
      authors: ['Tao Lin 0004', 'Sebastian U. Stich', 'Martin Jaggi'],
      authorsCut: false,
      ownerAdded: false,
      venue: { name: 'ICLR', year: 2020, type: 'conference' },
    });
    // The <person> and <coauthors> sections are no publications.
    expect(listing.entries.length + listing.rejected.length).toBe(7);
  });

  it('decodes dblp entities, keeps ? and !, leaves title markup to the clean stage', () => {
    const [, corr, jmlr, proceedings, thesis] = listing.entries;
    expect(corr?.authors).toEqual(['Tao Lin 0004', 'Gunnar Rätsch', 'François Fleuret']);
    expect(corr?.title).toBe(
      'Ensemble Distillation for Robust Model Fusion in Federated Learning?',
    );
    expect(corr?.venue?.type).toBe('preprint');
    expect(jmlr?.title).toBe('On <i>k</i>-Means &amp; L<sub>1</sub> Clustering');
    const cleaned = cleanListing({ ...listing, entries: [jmlr!] });
    expect(cleaned.entries[0]?.title).toBe('On k-Means & L₁ Clustering');
    expect(proceedings?.authors).toEqual(['Tao Lin 0004', 'Martin Jaggi']);
    expect(thesis?.title).toBe('Towards Robust and Efficient Distributed Deep Learning!');
    expect(dblpTitle('Etc...')).toBe('Etc...');
    expect(Object.keys(DBLP_ENTITIES)).toHaveLength(96);
    expect(decodeDblpEntities('&Oslash;&szlig;&yuml;&foo;&#x1F600;')).toBe('Øßÿ&foo;😀');
  });

  it('gives record keys, DOIs, arXiv ids and the authors pids and ORCIDs in place', () => {
    const [iclr, corr, jmlr, , thesis] = listing.entries;
    expect(iclr?.ids).toEqual({ dblp: 'conf/iclr/0004SPJ20' });
    expect(iclr?.authorIds).toEqual([
      { dblp: 't/TaoLin4', orcid: '0000-0002-1825-0097' },
      { dblp: '04/7719' },
      { dblp: '17/4402' },
    ]);
    expect(corr?.ids).toEqual({ dblp: 'journals/corr/abs-2006-07242', arxiv: '2006.07242' });
    expect(jmlr?.ids).toEqual({ dblp: 'journals/jmlr/0004KJ23', doi: '10.5555/jmlr.2023.0042' });
    expect(jmlr?.authorIds?.[1]).toEqual({ dblp: 'w/WeiWang12' });
    expect(thesis?.ids).toEqual({ dblp: 'phd/ch/Lin2022', doi: '10.5075/epfl-thesis-9191' });
  });

  it('rejects a broken record and one without a title at their lines, and reads the rest', () => {
    expect(listing.rejected).toEqual([
      expect.objectContaining({
        ref: { file, line: 51 },
        reason: expect.stringMatching(/^not valid XML \(.*titel.*line 53\)$/),
      }),
      expect.objectContaining({ ref: { file, line: 57 }, reason: 'no title' }),
    ]);
    expect(listing.entries.map((e) => e.ref.line)).toEqual([9, 21, 33, 43, 62]);
  });

  it('refuses declared entities at their line, fast: billion laughs never expands', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE dblpperson [',
      ' <!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
      ),
      ']>',
      '<dblpperson name="X"><r><article key="journals/x/Y"><author>A</author><title>&lol9;</title></article></r></dblpperson>',
    ].join('\n');
    const started = performance.now();
    const bomb = dblpXml.parse({ file: 'lol.xml', text: lol }, splitLines(lol));
    expect(performance.now() - started).toBeLessThan(200);
    expect(bomb.entries).toEqual([]);
    expect(bomb.issues).toEqual([
      expect.objectContaining({
        file: 'lol.xml',
        line: 3,
        severity: 'warning',
        message: expect.stringContaining('<!ENTITY'),
      }),
    ]);
    // Undeclared entities are text, not expansions.
    const plain =
      '<dblpperson name="X">\n<r><article key="journals/x/Y"><author>A</author><title>&lol9; &amp;lol9;</title></article></r></dblpperson>';
    expect(dblpXml.parse({ file: 'p.xml', text: plain }, splitLines(plain)).entries[0]?.title).toBe(
      '&lol9; &amp;lol9;',
    );
  });

  it('reads a 2,000-record page in well under two seconds', () => {
    const big = generatedPerson(2000);
    const started = performance.now();
    const parsed = dblpXml.parse({ file: 'big.xml', text: big }, splitLines(big));
    const elapsed = performance.now() - started;
    expect(parsed.entries).toHaveLength(2000);
    expect(parsed.entries[1999]?.authors[0]).toBe('Jürgen Müller 0000');
    expect(parsed.owner).toBe('Jürgen Müller 0000');
    console.info(
      `dblp XML: 2,000 records, ${(big.length / 1e6).toFixed(1)} MB in ${elapsed.toFixed(0)} ms`,
    );
    expect(elapsed).toBeLessThan(2000);
  });
});
