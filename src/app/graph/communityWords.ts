/**
 * The words that characterise a community's papers: a TF-IDF-style score of title words,
 * where a community's "document" is its papers (each weighted by the share of its shown authors
 * who belong to the community) and the background is every paper on the map. A word scores
 * p · log(p / q), with p its share among the community's papers and q among all papers: a word
 * on every paper scores nothing, a word on most of the community's papers and few others scores
 * high (plain tf × idf would prefer rarer words that only some of its papers use).
 * Computed once per community result; ties go to the alphabetically first word, so the same
 * communities always get the same words.
 */
import type { PaperRecord } from '../../model/types';
import type { AtlasData } from './atlasData';
import type { CommunityResult } from './communities';
import { paperInRange, type Filters, type VisibleView } from './filters';
import { singularMap, titleWords } from './titleWords';

export const COMMUNITY_WORDS = 3;

const wordsCache = new WeakMap<PaperRecord, readonly string[]>();

function wordsOf(paper: PaperRecord): readonly string[] {
  let words = wordsCache.get(paper);
  if (!words) wordsCache.set(paper, (words = [...new Set(titleWords(paper.title))]));
  return words;
}

/** Words per community colour slot, best first. */
export function communityWords(
  data: AtlasData,
  result: CommunityResult,
  view: VisibleView,
  filters: Filters,
  count = COMMUNITY_WORDS,
): Map<number, string[]> {
  // Owners sign everything: their papers would make every community's words the same.
  const counted = (id: string) => view.nodeSet.has(id) && !data.owners.has(id);
  const ownerOnly = new Set(
    result.communities
      .filter((c) => c.members.every((id) => data.owners.has(id)))
      .map((c) => c.slot),
  );

  const papers: { words: readonly string[]; shares: Map<number, number> }[] = [];
  for (const paper of data.file.papers) {
    if (!paperInRange(paper, filters)) continue;
    const slots: number[] = [];
    for (const id of new Set(paper.authors)) {
      const slot = result.slotOf.get(id);
      if (slot !== undefined && (counted(id) || ownerOnly.has(slot))) slots.push(slot);
    }
    if (slots.length === 0) continue;
    const shares = new Map<number, number>();
    for (const slot of slots) shares.set(slot, (shares.get(slot) ?? 0) + 1 / slots.length);
    papers.push({ words: wordsOf(paper), shares });
  }

  const vocabulary = new Set(papers.flatMap((p) => p.words));
  const singular = singularMap(vocabulary);
  const canonical = (word: string) => singular.get(word) ?? word;

  const documentFrequency = new Map<string, number>();
  const termFrequency = new Map<number, Map<string, number>>();
  const paperHits = new Map<number, Map<string, number>>();
  const papersPerSlot = new Map<number, number>();
  const papersWeight = new Map<number, number>();
  for (const paper of papers) {
    const words = new Set(paper.words.map(canonical));
    for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    for (const [slot, share] of paper.shares) {
      papersPerSlot.set(slot, (papersPerSlot.get(slot) ?? 0) + 1);
      papersWeight.set(slot, (papersWeight.get(slot) ?? 0) + share);
      let tf = termFrequency.get(slot);
      if (!tf) termFrequency.set(slot, (tf = new Map()));
      let hits = paperHits.get(slot);
      if (!hits) paperHits.set(slot, (hits = new Map()));
      for (const word of words) {
        tf.set(word, (tf.get(word) ?? 0) + share);
        hits.set(word, (hits.get(word) ?? 0) + 1);
      }
    }
  }

  const total = papers.length;
  const words = new Map<number, string[]>();
  for (const community of result.communities) {
    const tf = termFrequency.get(community.slot);
    const hits = paperHits.get(community.slot);
    if (!tf || !hits) {
      words.set(community.slot, []);
      continue;
    }
    // A word from a single title says little about a community with many papers.
    const minimumHits = (papersPerSlot.get(community.slot) ?? 0) >= 3 ? 2 : 1;
    const scored: { word: string; score: number }[] = [];
    const weight = papersWeight.get(community.slot) ?? 0;
    for (const [word, frequency] of tf) {
      if ((hits.get(word) ?? 0) < minimumHits || weight === 0) continue;
      const share = frequency / weight;
      const background = (documentFrequency.get(word) ?? total) / total;
      const score = share * Math.log(share / background);
      if (score > 0) scored.push({ word, score });
    }
    scored.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    words.set(
      community.slot,
      scored.slice(0, count).map((s) => s.word),
    );
  }
  return words;
}
