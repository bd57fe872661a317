import { describe, expect, it } from 'vitest';
import type { ListingEntry } from '../formats/types';
import { distinctAltTitles, mergeMetadata } from './mergeMetadata';

const entry = (line: number, title: string, venue?: string): ListingEntry => ({
  ref: { file: 'a.txt', line },
  title,
  authors: ['Martin Jaggi'],
  authorsCut: false,
  ownerAdded: false,
  ...(venue ? { venue: { name: venue, year: 2022, type: 'conference', label: venue } } : {}),
});

describe('alternative titles', () => {
  it('drops spellings that differ only in case, punctuation, spacing, diacritics or dashes', () => {
    expect(
      distinctAltTitles('CoTFormer: A Chain of Thought Driven Architecture', [
        'CoTFormer: A Chain-of-Thought Driven Architecture',
        'Cotformer — a chain of thought  driven architecture',
        'CoTFormer: A Chaîn of Thought Driven Architecture.',
      ]),
    ).toEqual([]);
  });

  it('keeps titles with other words, once each, in entry order', () => {
    expect(
      distinctAltTitles('Beyond Spectral Gap: The Role of the Topology in Decentralized Learning', [
        'Beyond spectral gap (extended): The role of the topology in decentralized learning',
        'Beyond spectral gap (Extended): the role of the topology in decentralized learning',
        'Beyond spectral gap: the role of the topology in decentralized learning',
      ]),
    ).toEqual([
      'Beyond spectral gap (extended): The role of the topology in decentralized learning',
    ]);
  });

  it('is what mergeMetadata gives beside the venue title', () => {
    const merged = mergeMetadata([
      entry(3, 'Landmark Attention: Random-Access Infinite Context Length for Transformers'),
      entry(9, 'Random-Access Infinite Context Length for Transformers', 'NeurIPS'),
      entry(12, 'Random-access infinite context length for transformers'),
    ]);
    expect(merged.title).toBe('Random-Access Infinite Context Length for Transformers');
    expect(merged.altTitles).toEqual([
      'Landmark Attention: Random-Access Infinite Context Length for Transformers',
    ]);
  });
});
