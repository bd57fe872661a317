import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import { cslJson } from './cslJson';
import { detectFormat } from './detect';
import { splitLines } from './lines';
import { abstractFromInvertedIndex, openAlex, readOpenAlex } from './openAlex';

const file = 'tests/fixtures/openalex/works-page.json';
const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
const listing = openAlex.parse({ file, text }, splitLines(text));

describe('OpenAlex works', () => {
  it('is recognised by content, as a page or a plain array, and never as CSL-JSON', () => {
    expect(detectFormat(splitLines(text)).format?.id).toBe('openalex');
    const array = JSON.stringify((JSON.parse(text) as { results: unknown[] }).results);
    expect(detectFormat(splitLines(array)).format?.id).toBe('openalex');
    expect(cslJson.detect(splitLines(array))).toBe(0);
    // CSL-JSON is not OpenAlex.
    const csl = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/csl/lab.json'), 'utf8');
    expect(openAlex.detect(splitLines(csl))).toBe(0);
    expect(detectFormat(splitLines(csl)).format?.id).toBe('csl-json');
    expect(readOpenAlex('{"meta": {}, "results": []}')).toBeUndefined();
    expect(
      readOpenAlex('{"results": [{"id": "https://openalex.org/W1"}], "x": [}'),
    ).toBeUndefined();
  });

  it('reads title, byline as printed, date, venue and abstract', () => {
    expect(listing.entries[0]).toMatchObject({
      ref: { file, line: 10 },
      title:
        'Decentralized Stochastic Optimization and Gossip Algorithms with Compressed Communication',
      authors: ['Anastasiia Koloskova', 'Sebastian U. Stich', 'Martin Jaggi'],
      authorsCut: false,
      date: { year: 2019, month: 6, day: 10, yearInferred: false },
      venue: {
        name: 'International Conference on Machine Learning',
        year: 2019,
        type: 'conference',
      },
      abstract: 'We consider decentralized stochastic optimization with',
    });
    expect(listing.entries[1]).toMatchObject({
      title: 'A Work Known Only By Its Display Name',
      authors: ['Wei Wang'],
      year: 2021,
    });
    expect(listing.entries[2]).toMatchObject({ authorsCut: true, venue: { type: 'preprint' } });
  });

  it('gives the work ids and the people ids, normalised, in byline places', () => {
    const [gossip, displayName, lora] = listing.entries;
    expect(gossip?.ids).toEqual({
      openalex: 'W2963403868',
      doi: '10.5555/3454287.3455008',
      arxiv: '1902.00340',
    });
    expect(gossip?.authorIds).toEqual([
      { openalex: 'A5032140117', orcid: '0000-0002-1825-0097' },
      { openalex: 'A5012345678' },
      { openalex: 'A5087654321' },
    ]);
    expect(displayName?.ids).toEqual({ openalex: 'W3100000001', pmid: '33445566' });
    expect(lora?.ids).toEqual({
      openalex: 'W3100000003',
      doi: '10.48550/arxiv.2106.09685',
      arxiv: '2106.09685',
    });
  });

  it('rejects a work without a title at its line, and warns about a nameless authorship', () => {
    expect(listing.rejected).toEqual([
      expect.objectContaining({ ref: { file, line: 87 }, reason: 'no title' }),
    ]);
    expect(listing.issues).toEqual([
      expect.objectContaining({ line: 72, message: 'an authorship without a name was left out' }),
    ]);
    expect(listing.entries.length + listing.rejected.length).toBe(4);
  });

  it('rebuilds abstracts from word positions, ignoring hostile positions', () => {
    expect(abstractFromInvertedIndex({ b: [1], a: [0, 2] })).toBe('a b a');
    expect(abstractFromInvertedIndex({ a: [1e12, -1, 0.5, 'x'], b: [3] })).toBe('b');
    expect(abstractFromInvertedIndex(null)).toBeUndefined();
  });

  it('says why a file is not OpenAlex', () => {
    const broken = openAlex.parse({ file: 'x.json', text: '{"results": [' }, ['{"results": [']);
    expect(broken.entries).toEqual([]);
    expect(broken.issues[0]).toMatchObject({ file: 'x.json', line: 1, severity: 'warning' });
  });
});
