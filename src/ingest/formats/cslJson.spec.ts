import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import { cslJson, readCslJson } from './cslJson';
import { detectFormat } from './detect';
import { splitLines } from './lines';

const file = 'tests/fixtures/csl/lab.json';
const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
const listing = cslJson.parse({ file, text }, splitLines(text));

describe('CSL-JSON', () => {
  it('is recognised by content, and other JSON is not', () => {
    expect(detectFormat(splitLines(text)).format?.id).toBe('csl-json');
    expect(readCslJson('{"schemaVersion": 1, "authors": []}')).toBeUndefined();
    expect(readCslJson('[1, 2, 3]')).toBeUndefined();
    expect(readCslJson('{"items": [{"title": "T", "type": "article"}]}')?.items).toHaveLength(1);
  });

  it('refuses without parsing only JSON that cannot be CSL, keys spelled with escapes included', () => {
    expect(readCslJson('{"papers": [{"title": "T", "type": "article"}]}')).toBeUndefined();
    expect(readCslJson('[{"name": "T", "type": "article"}]')).toBeUndefined();
    expect(readCslJson('[{"\\u0074itle": "T", "type": "article"}]')?.items).toHaveLength(1);
    expect(readCslJson('{"\\u0069tems": [{"title": "T", "type": "article"}]}')?.items).toHaveLength(
      1,
    );
    expect(readCslJson('[{"title": "T", "type": "article"}]')?.items).toHaveLength(1);
  });

  it('reads names, dates and venues', () => {
    const [gossip, report] = listing.entries;
    expect(gossip).toMatchObject({
      title:
        'Decentralized Stochastic Optimization and Gossip Algorithms with Compressed Communication',
      authors: ['Anastasiia Koloskova', 'Sebastian Stich', 'Martin Jaggi'],
      authorsCut: false,
      venue: {
        name: 'International Conference on Machine Learning',
        year: 2019,
        type: 'conference',
      },
      date: { year: 2019, month: 6, day: 10, yearInferred: false },
      ref: { file, line: 2 },
    });
    expect(report).toMatchObject({
      authors: ['Machine Learning and Optimization Laboratory', 'Thijs Vogels'],
      authorsCut: true,
      year: 2022,
      ref: { file, line: 14 },
    });
  });

  it('rejects an item without a title, with its line', () => {
    expect(listing.rejected).toEqual([
      expect.objectContaining({ ref: { file, line: 25 }, reason: 'no title' }),
    ]);
  });
});

describe('CSL-JSON identifiers', () => {
  it('reads DOI, URL, PMID, an arXiv number and authors ORCIDs, in byline places', () => {
    const json = JSON.stringify([
      {
        type: 'article',
        title: 'LoRA',
        DOI: '10.48550/arXiv.2106.09685',
        number: 'arXiv:2106.09685',
        publisher: 'arXiv',
        author: [
          { family: 'Hu', given: 'Edward', ORCID: 'https://orcid.org/0000-0002-1825-0097' },
          { family: 'Shen', given: 'Yelong', ORCID: '0000-0002-1825-0098' },
          { family: 'Wallis', given: 'Phillip' },
        ],
      },
      {
        type: 'article-journal',
        title: 'T',
        PMID: '31234567',
        URL: 'https://doi.org/10.1000/XYZ',
        id: 'DBLP:journals/jmlr/X20',
        author: [{ family: 'A', given: 'B' }],
      },
    ]);
    const [lora, other] = cslJson.parse({ file: 'f.json', text: json }, splitLines(json)).entries;
    expect(lora?.ids).toEqual({ doi: '10.48550/arxiv.2106.09685', arxiv: '2106.09685' });
    // A wrong ORCID checksum is no ORCID.
    expect(lora?.authorIds).toEqual([{ orcid: '0000-0002-1825-0097' }, undefined, undefined]);
    expect(other?.ids).toEqual({ doi: '10.1000/xyz', pmid: '31234567', dblp: 'journals/jmlr/X20' });
    expect(other?.authorIds).toBeUndefined();
  });
});
