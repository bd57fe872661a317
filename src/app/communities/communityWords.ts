/**
 * The words that characterise a community's papers: a TF-IDF-style score of title words,
 * where a community's "document" is its papers (each weighted by the share of its shown authors
 * who belong to the community) and the background is every paper on the map. A word scores
 * p · log(p / q), with p its share among the community's papers and q among all papers: a word
 * on every paper scores nothing, a word on most of the community's papers and few others scores
 * high (plain tf × idf would prefer rarer words that only some of its papers use).
 *
 * Titles are split once per graph file into word numbers (plurals folded into singulars), so a
 * new partition costs one pass over the papers in view. Ties go to the alphabetically first
 * word: the same communities always get the same words.
 */
import type { PaperRecord } from '../../model/types';
import type { AtlasData } from '../data/atlasData';
import type { CommunityResult } from './communities';
import { paperInRange, type Filters, type VisibleView } from '../filters/filters';
import { singularMap, titleWords } from './titleWords';

export const COMMUNITY_WORDS = 3;

interface TitleIndex {
  words: string[];
  /** Distinct canonical word numbers of each paper's title. */
  paperWords: Map<PaperRecord, Int32Array>;
}

const indexes = new WeakMap<AtlasData, TitleIndex>();

function titleIndex(data: AtlasData): TitleIndex {
  let index = indexes.get(data);
  if (index) return index;
  const split = data.file.papers.map((paper) => titleWords(paper.title));
  const singular = singularMap(new Set(split.flat()));
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const paperWords = new Map<PaperRecord, Int32Array>();
  data.file.papers.forEach((paper, i) => {
    const ids = new Set<number>();
    for (const raw of split[i]!) {
      const word = singular.get(raw) ?? raw;
      let id = numbers.get(word);
      if (id === undefined) numbers.set(word, (id = words.push(word) - 1));
      ids.add(id);
    }
    paperWords.set(paper, Int32Array.from(ids));
  });
  index = { words, paperWords };
  indexes.set(data, index);
  return index;
}

/** Words per community colour slot, best first. */
export function communityWords(
  data: AtlasData,
  result: CommunityResult,
  view: VisibleView,
  filters: Filters,
  count = COMMUNITY_WORDS,
): Map<number, string[]> {
  const { words, paperWords } = titleIndex(data);
  // Owners sign everything: their papers would make every community's words the same.
  const counted = (id: string) => view.nodeSet.has(id) && !data.owners.has(id);
  const ownerOnly = new Set(
    result.communities
      .filter((c) => c.members.every((id) => data.owners.has(id)))
      .map((c) => c.slot),
  );

  const documentFrequency = new Int32Array(words.length);
  const termFrequency = new Map<number, Map<number, number>>();
  const hits = new Map<number, Map<number, number>>();
  const papersPerSlot = new Map<number, number>();
  const weightPerSlot = new Map<number, number>();
  let total = 0;
  const shares = new Map<number, number>();
  for (const paper of data.file.papers) {
    if (!paperInRange(paper, filters)) continue;
    shares.clear();
    let authors = 0;
    for (const id of new Set(paper.authors)) {
      const slot = result.slotOf.get(id);
      if (slot === undefined || !(counted(id) || ownerOnly.has(slot))) continue;
      shares.set(slot, (shares.get(slot) ?? 0) + 1);
      authors++;
    }
    if (authors === 0) continue;
    total++;
    const ids = paperWords.get(paper)!;
    for (const id of ids) documentFrequency[id]!++;
    for (const [slot, members] of shares) {
      const share = members / authors;
      papersPerSlot.set(slot, (papersPerSlot.get(slot) ?? 0) + 1);
      weightPerSlot.set(slot, (weightPerSlot.get(slot) ?? 0) + share);
      let tf = termFrequency.get(slot);
      if (!tf) termFrequency.set(slot, (tf = new Map()));
      let hit = hits.get(slot);
      if (!hit) hits.set(slot, (hit = new Map()));
      for (const id of ids) {
        tf.set(id, (tf.get(id) ?? 0) + share);
        hit.set(id, (hit.get(id) ?? 0) + 1);
      }
    }
  }

  const wordsBySlot = new Map<number, string[]>();
  for (const community of result.communities) {
    const tf = termFrequency.get(community.slot);
    const hit = hits.get(community.slot);
    const weight = weightPerSlot.get(community.slot) ?? 0;
    if (!tf || !hit || weight === 0) {
      wordsBySlot.set(community.slot, []);
      continue;
    }
    // A word from a single title says little about a community with many papers.
    const minimumHits = (papersPerSlot.get(community.slot) ?? 0) >= 3 ? 2 : 1;
    const scored: { word: string; score: number }[] = [];
    for (const [id, frequency] of tf) {
      if ((hit.get(id) ?? 0) < minimumHits) continue;
      const share = frequency / weight;
      const background = documentFrequency[id]! / total;
      const score = share * Math.log(share / background);
      if (score > 0) scored.push({ word: words[id]!, score });
    }
    scored.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    wordsBySlot.set(
      community.slot,
      scored.slice(0, count).map((s) => s.word),
    );
  }
  return wordsBySlot;
}
