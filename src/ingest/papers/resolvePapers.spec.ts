import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../../model/types';
import { SEED_FILES, seedBuild, seedEntries } from '../../../tests/support/seeds';
import type { ListingEntry } from '../formats/types';
import { resolvePapers } from './resolvePapers';

const { graph } = seedBuild();

function papersTitled(text: string | RegExp): PaperRecord[] {
  const matches = (t: string): boolean =>
    typeof text === 'string' ? t.includes(text) : text.test(t);
  return graph.papers.filter((p) => [p.title, ...p.altTitles].some(matches));
}
function onePaper(text: string): PaperRecord {
  const found = papersTitled(text);
  expect(found, `papers titled "${text}"`).toHaveLength(1);
  return found[0]!;
}
function files(paper: PaperRecord): string[] {
  return paper.sources.map((s) => s.file);
}

describe('resolving papers on the seeds', () => {
  it('merges the arXiv and venue titles of one work through their abstracts', () => {
    const landmark = onePaper('Random-Access Infinite Context Length for Transformers');
    expect(landmark.title).toBe('Random-Access Infinite Context Length for Transformers');
    expect(landmark.altTitles).toEqual([
      'Landmark Attention: Random-Access Infinite Context Length for Transformers',
    ]);
    expect(files(landmark)).toEqual([SEED_FILES.profileA, SEED_FILES.profileB, SEED_FILES.cluster]);

    const markov = onePaper('Attention with Markov');
    expect(markov.title).toBe('Attention with Markov: A Curious Case of Single-layer Transformers');
    expect(markov.altTitles).toContain(
      'Attention with Markov: A Framework for Principled Analysis of Transformers via Markov Chains',
    );

    const flash = onePaper('Sparse Flash Attention');
    expect([flash.title, ...flash.altTitles]).toEqual(
      expect.arrayContaining([
        'Fast Attention Over Long Sequences With Dynamic Sparse Flash Attention',
        'Faster Causal Attention Over Large Sequences Through Sparse Flash Attention',
      ]),
    );
  });

  it('merges spelling variants of one title', () => {
    expect(files(onePaper('CoTFormer'))).toHaveLength(3);
    // Spellings that differ only in dashes or case are no alternative titles (mergeMetadata).
    expect(onePaper('CoTFormer').altTitles).toEqual([]);
    const multimodn = onePaper('Interpretable Modular Networks');
    expect(multimodn.title).toBe(
      'MultiMoDN—Multimodal, Multi-Task, Interpretable Modular Networks',
    );
    expect(multimodn.altTitles).toEqual([]);
  });

  it('keeps the journal extension of "Beyond spectral gap" apart from the conference paper', () => {
    const versions = papersTitled(/beyond spectral gap/i);
    expect(versions).toHaveLength(2);
    const extended = versions.find((p) => p.altTitles.some((t) => t.includes('(extended)')))!;
    const conference = versions.find((p) => p !== extended)!;
    expect(extended).toMatchObject({ venue: 'JMLR', year: 2023, date: '2023-01-05' });
    expect(conference).toMatchObject({ venue: 'NeurIPS', year: 2022, date: '2022-06-07' });
    expect(conference.altTitles.some((t) => t.includes('extended'))).toBe(false);
    expect(files(extended)).toEqual([SEED_FILES.profileA, SEED_FILES.profileB, SEED_FILES.cluster]);
    expect(files(conference)).toEqual([
      SEED_FILES.profileA,
      SEED_FILES.profileB,
      SEED_FILES.cluster,
    ]);
  });

  it('attaches abstract-list entries to their paper, revised wordings included', () => {
    // The EPFL text of "Leveraging the true depth" is an earlier version of both listed abstracts.
    const depth = onePaper('Leveraging the True Depth of LLMs');
    expect(depth.sources).toEqual(
      expect.arrayContaining([
        { file: SEED_FILES.abstractsA, line: 8 },
        { file: SEED_FILES.abstractsB, line: 4 },
      ]),
    );
    const comigs = onePaper('Mixture of Generalists and Specialists');
    expect(comigs.sources).toContainEqual({ file: SEED_FILES.abstractsB, line: 8 });
    const memorization = onePaper('Mitigating Unintended Memorization');
    expect(memorization.sources.map((s) => s.file)).toEqual([
      SEED_FILES.cluster,
      SEED_FILES.abstractsA,
      SEED_FILES.abstractsB,
    ]);
  });

  it('keeps abstracts that match nothing as unmatched records, one per text across its versions', () => {
    expect(graph.unmatched).toHaveLength(2);
    const grok = graph.unmatched.find((u) => u.text.startsWith('Grokking'))!;
    expect(grok).toMatchObject({ file: SEED_FILES.abstractsA, line: 5 });
    expect(grok.otherSources).toBeUndefined();
    const influence = graph.unmatched.find((u) => u.text.startsWith('Influence functions'))!;
    expect(influence).toMatchObject({
      file: SEED_FILES.abstractsA,
      line: 11,
      otherSources: [{ file: SEED_FILES.abstractsB, line: 7 }],
    });
    expect(influence.reason).toMatch(/matches no paper/);
  });

  it('never puts two entries of one listing into one paper', () => {
    for (const paper of graph.papers) expect(new Set(files(paper)).size).toBe(paper.sources.length);
  });

  it('merges profile metadata: preprint date, category, code flag; venue year wins', () => {
    const depth = onePaper('Leveraging the True Depth of LLMs');
    expect(depth).toMatchObject({
      year: 2026,
      date: '2025-02-05',
      venue: 'TMLR',
      venueType: 'journal',
      category: 'LG',
    });
    const apertus = onePaper('Apertus LLM Family Expansion');
    expect(apertus).toMatchObject({
      year: 2026,
      yearInferred: true,
      date: '2026-05-27',
      dateInferred: true,
    });
  });
});

describe('resolving papers on small fixtures', () => {
  const entry = (
    file: string,
    line: number,
    title: string | undefined,
    abstract: string | undefined,
  ): ListingEntry => ({
    ref: { file, line },
    ...(title ? { title } : {}),
    ...(abstract ? { abstract } : {}),
    authors: [],
    authorsCut: false,
    ownerAdded: false,
  });
  const abstractA =
    'We propose a gradient method for sparse regression with provable guarantees on convex problems and show experiments on genomic data.';
  const abstractB =
    'Transformers for protein folding learn contact maps from evolutionary couplings without any multiple sequence alignment at inference time.';

  it('merges same titles without abstracts, and titles that differ only in case and dashes', () => {
    const result = resolvePapers([
      entry('a', 1, 'Chain-of-Thought Prompting', undefined),
      entry('b', 1, 'chain of thought prompting', undefined),
    ]);
    expect(result.papers).toHaveLength(1);
  });

  it('does not merge same titles whose abstracts disagree completely', () => {
    const result = resolvePapers([
      entry('a', 1, 'Introduction', abstractA),
      entry('b', 1, 'Introduction', abstractB),
    ]);
    expect(result.papers).toHaveLength(2);
  });

  it('does not attach an abstract that fits two papers equally', () => {
    // Two papers of one listing share an abstract (a listing never names one work twice under two titles).
    const result = resolvePapers([
      entry('a', 1, 'One', abstractA),
      entry('a', 9, 'Two', abstractA),
      entry('c', 1, undefined, abstractA),
    ]);
    expect(result.papers).toHaveLength(2);
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]?.reason).toMatch(/no clear match/);
  });

  it('finds every seed entry a place', () => {
    const entries = seedEntries();
    const result = resolvePapers(entries);
    const placed =
      result.papers.flatMap((p) => p.entries).length +
      result.unmatched.flatMap((u) => u.entries).length;
    expect(placed).toBe(entries.length);
  });
});
