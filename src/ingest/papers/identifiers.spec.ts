import { describe, expect, it } from 'vitest';
import type { EntryIds, ListingEntry } from '../formats/types';
import { mergeMetadata } from './mergeMetadata';
import { resolvePapers } from './resolvePapers';

const abstract =
  'We propose a gradient method for sparse regression with provable guarantees on convex problems and show experiments on genomic data.';

function entry(file: string, title: string, ids: EntryIds, text = abstract): ListingEntry {
  return {
    ref: { file, line: 1 },
    title,
    abstract: text,
    authors: ['Jane Doe', 'Richard Roe'],
    authorsCut: false,
    ownerAdded: false,
    ids,
  };
}

describe('identifiers decide papers first', () => {
  it('joins the same DOI whatever the titles, and says which id decided', () => {
    const result = resolvePapers([
      entry('a.ris', 'Sparse regression, fast', { doi: '10.1145/123.456' }, 'One text.'),
      entry('b.json', 'A completely different title', { doi: '10.1145/123.456' }, 'Another.'),
    ]);
    expect(result.papers).toHaveLength(1);
    expect(result.merges).toEqual([
      expect.objectContaining({ kind: 'identifier', identifier: 'doi:10.1145/123.456' }),
    ]);
  });

  it('keeps two publisher DOIs apart even with the same title and abstract', () => {
    const result = resolvePapers([
      entry('conf.bib', 'Sparse Regression', { doi: '10.1145/111.1' }),
      entry('journal.bib', 'Sparse Regression', { doi: '10.1016/j.222' }),
    ]);
    expect(result.papers).toHaveLength(2);
    expect(result.keptApart).toEqual([expect.objectContaining({ reason: 'different-doi' })]);
  });

  it('takes a preprint DOI and the publisher DOI of one work for one work (arXiv DOI = arXiv id)', () => {
    const result = resolvePapers([
      entry('a.bib', 'Sparse Regression', { doi: '10.48550/arxiv.2106.09685' }),
      entry('b.bib', 'Sparse regression', { doi: '10.1145/111.1' }),
      entry(
        'c.xml',
        'Sparse regression (preprint)',
        { arxiv: '2106.09685' },
        'Unrelated words here.',
      ),
    ]);
    expect(result.papers).toHaveLength(1);
    expect(mergeMetadata(result.papers[0]!.entries).ids).toEqual({
      doi: ['10.1145/111.1', '10.48550/arxiv.2106.09685'],
      arxiv: ['2106.09685'],
    });
  });

  it('keeps different arXiv ids apart', () => {
    const result = resolvePapers([
      entry('a.bib', 'Sparse Regression', { arxiv: '2106.09685' }),
      entry('b.bib', 'Sparse Regression', { arxiv: '2201.00001' }),
    ]);
    expect(result.papers).toHaveLength(2);
  });
});
