import { describe, expect, it } from 'vitest';
import {
  arxivFromDoi,
  isPreprintDoi,
  normaliseArxiv,
  normaliseDblpKey,
  normaliseDblpPid,
  normaliseDoi,
  normaliseOpenAlex,
  normaliseOrcid,
  normalisePmid,
} from './normalise';

describe('identifiers as sources print them', () => {
  it('normalises DOIs: resolver prefix, doi: label, case, trailing punctuation, escapes', () => {
    for (const text of [
      'https://doi.org/10.1145/3292500.3330701',
      'http://dx.doi.org/10.1145/3292500.3330701',
      'doi:10.1145/3292500.3330701',
      'DOI 10.1145/3292500.3330701.',
      '10.1145/3292500.3330701',
    ])
      expect(normaliseDoi(text)).toBe('10.1145/3292500.3330701');
    expect(normaliseDoi('https://doi.org/10.1007%2F978-3-030-58452-8_13')).toBe(
      '10.1007/978-3-030-58452-8_13',
    );
    expect(normaliseDoi('10.5555/ABC.DEF')).toBe('10.5555/abc.def');
    expect(normaliseDoi('not a doi')).toBeUndefined();
    expect(normaliseDoi('https://example.org/paper')).toBeUndefined();
  });

  it('tells preprint DOIs from publisher DOIs, and reads the arXiv id in arXiv DOIs', () => {
    expect(isPreprintDoi('10.48550/arxiv.2106.09685')).toBe(true);
    expect(isPreprintDoi('10.1101/2020.03.01.972935')).toBe(true);
    expect(isPreprintDoi('10.1145/3292500.3330701')).toBe(false);
    expect(arxivFromDoi('10.48550/arxiv.2106.09685')).toBe('2106.09685');
  });

  it('normalises arXiv ids without version, old and new style', () => {
    expect(normaliseArxiv('arXiv:2106.09685v3')).toBe('2106.09685');
    expect(normaliseArxiv('https://arxiv.org/abs/2106.09685')).toBe('2106.09685');
    expect(normaliseArxiv('https://arxiv.org/pdf/1706.03762v7.pdf')).toBe('1706.03762');
    expect(normaliseArxiv('math/0601001v2')).toBe('math/0601001');
    expect(normaliseArxiv('12345')).toBeUndefined();
  });

  it('keeps an ORCID only when its check digit holds', () => {
    expect(normaliseOrcid('https://orcid.org/0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
    expect(normaliseOrcid('0000000218250097')).toBe('0000-0002-1825-0097');
    expect(normaliseOrcid('0000-0002-1694-233X')).toBe('0000-0002-1694-233X');
    expect(normaliseOrcid('0000-0002-1825-0098')).toBeUndefined();
    expect(normaliseOrcid('0000-0002-1825')).toBeUndefined();
  });

  it('normalises DBLP person ids and record keys', () => {
    expect(normaliseDblpPid('https://dblp.org/pid/t/TaoLin4.html')).toBe('t/TaoLin4');
    expect(normaliseDblpPid('131/4471-4')).toBe('131/4471-4');
    expect(normaliseDblpKey('DBLP:conf/icml/KoloskovaSJ19')).toBe('conf/icml/KoloskovaSJ19');
    expect(normaliseDblpKey('https://dblp.org/rec/journals/corr/abs-2106-09685')).toBe(
      'journals/corr/abs-2106-09685',
    );
    expect(normaliseDblpKey('smith2020')).toBeUndefined();
  });

  it('normalises OpenAlex and PubMed ids', () => {
    expect(normaliseOpenAlex('https://openalex.org/W2741809807', 'W')).toBe('W2741809807');
    expect(normaliseOpenAlex('https://openalex.org/A5023888391', 'A')).toBe('A5023888391');
    expect(normaliseOpenAlex('https://openalex.org/A5023888391', 'W')).toBeUndefined();
    expect(normalisePmid('PMID: 12345678')).toBe('12345678');
    expect(normalisePmid('https://pubmed.ncbi.nlm.nih.gov/12345678/')).toBe('12345678');
  });
});
