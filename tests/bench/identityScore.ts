/**
 * Pure scoring of person resolution against a truth: which mention (a name at one position of
 * one entry's byline) is which person. No I/O here; `identity.ts` gathers the mentions.
 */

/** Issue 11's targets, for precision figures and recall figures alike. */
export const PRECISION_TARGET = 0.995;
export const RECALL_TARGET = 0.99;

/** One name on one byline, with who it truly is and who the build says it is. */
export interface Mention {
  /** `file:line` of the entry. */
  entry: string;
  /** 1-based position in the entry's byline. */
  position: number;
  /** The spelling as compared (see `normaliseSpelling`). */
  spelling: string;
  /** Truth label of the person. */
  truth: string;
  /** Predicted person id. */
  predicted: string;
}

export interface PaperAuthors {
  id: string;
  /** Predicted person ids in byline order. */
  authors: readonly string[];
}

export interface IdentityScore {
  mentions: number;
  /** Distinct (spelling, true person) units the pairwise figures count over. */
  spellings: number;
  people: number;
  pairwise: { precision: number; recall: number };
  bcubed: { precision: number; recall: number };
  coauthor: { precision: number; recall: number; truePairs: number; predictedPairs: number };
  /** Papers whose author list holds two ids that are, by majority label, one true person. */
  selfLinks: number;
  /** Entries whose byline names one true person twice (a data or truth problem, not the build's). */
  repeatedInEntry: number;
}

const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Undoes UTF-8 read as Windows-1252/Latin-1 (`JÃ¶rn` → `Jörn`) when the whole string
 * re-decodes as valid UTF-8; anything else is returned unchanged. The truth lists clean
 * spellings, so a spelling compares equal before and after the build learns to repair it.
 */
export function repairMojibake(text: string): string {
  if (!/[ÃÂâÅÄ]/.test(text)) return text;
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else {
      const high = WINDOWS_1252_HIGH.indexOf(char);
      if (high < 0) return text;
      bytes.push(0x80 + high);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return text;
  }
}

/** How spellings are compared: NFC, mojibake undone, markers `*†‡§` dropped, spaces collapsed. */
export function normaliseSpelling(spelling: string): string {
  return repairMojibake(spelling.normalize('NFC'))
    .normalize('NFC')
    .replace(/[*†‡§]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const pairsOf = (n: number): number => (n * (n - 1)) / 2;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

const ratio = (hits: number, total: number): number => (total === 0 ? 1 : hits / total);

/** The most frequent value of `value` per `key` (ties: the first seen). */
function majority<T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => string,
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const item of items) {
    const tally = votes.get(key(item)) ?? votes.set(key(item), new Map()).get(key(item))!;
    tally.set(value(item), (tally.get(value(item)) ?? 0) + 1);
  }
  const result = new Map<string, string>();
  for (const [k, tally] of votes) {
    let best = '';
    let bestCount = -1;
    for (const [v, n] of tally)
      if (n > bestCount) {
        best = v;
        bestCount = n;
      }
    result.set(k, best);
  }
  return result;
}

/**
 * Pairwise precision and recall over pairs of units, each unit carrying a true and a
 * predicted cluster: a pair is "same" in truth when the labels agree, "same" in prediction
 * when the ids agree. Counted per cluster, so no pair is ever listed.
 */
export function pairwise(units: readonly { truth: string; predicted: string }[]): {
  precision: number;
  recall: number;
} {
  const both = [...countBy(units, (u) => `${u.truth}\u0000${u.predicted}`).values()];
  const hits = both.reduce((s, n) => s + pairsOf(n), 0);
  const predicted = [...countBy(units, (u) => u.predicted).values()].reduce(
    (s, n) => s + pairsOf(n),
    0,
  );
  const truth = [...countBy(units, (u) => u.truth).values()].reduce((s, n) => s + pairsOf(n), 0);
  return { precision: ratio(hits, predicted), recall: ratio(hits, truth) };
}

/** B³: per mention, the share of its predicted cluster that is truly it, and vice versa; averaged. */
export function bcubed(units: readonly { truth: string; predicted: string }[]): {
  precision: number;
  recall: number;
} {
  if (units.length === 0) return { precision: 1, recall: 1 };
  const both = countBy(units, (u) => `${u.truth}\u0000${u.predicted}`);
  const byPredicted = countBy(units, (u) => u.predicted);
  const byTruth = countBy(units, (u) => u.truth);
  let precision = 0;
  let recall = 0;
  for (const u of units) {
    const shared = both.get(`${u.truth}\u0000${u.predicted}`)!;
    precision += shared / byPredicted.get(u.predicted)!;
    recall += shared / byTruth.get(u.truth)!;
  }
  return { precision: precision / units.length, recall: recall / units.length };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Everything at once. `papers` are the graph's papers (predicted ids); a predicted id's true
 * person is the majority label of the mentions predicted to it (an id no mention reaches
 * counts as nobody, so its pairs are never true).
 */
export function scoreIdentity(
  mentions: readonly Mention[],
  papers: readonly PaperAuthors[],
  /**
   * Entries (`file:line`) known to be one paper, when the truth says so (generated listings):
   * their bylines together are the paper's true byline, so a name hidden by one listing's
   * `et al.` and printed by another still makes true pairs. Without it each entry stands alone.
   */
  samePaper: readonly (readonly string[])[] = [],
): IdentityScore {
  // Units for the pairwise figures: distinct spellings, split where one spelling is two
  // people; each unit's prediction is the id most of its mentions got.
  const unitOf = (m: Mention): string => `${m.spelling}\u0000${m.truth}`;
  const unitPrediction = majority(mentions, unitOf, (m) => m.predicted);
  const units = [...unitPrediction].map(([unit, predicted]) => ({
    truth: unit.slice(unit.indexOf('\u0000') + 1),
    predicted,
  }));

  const truePairs = new Set<string>();
  const labelsByEntry = new Map<string, string[]>();
  for (const m of mentions)
    (labelsByEntry.get(m.entry) ?? labelsByEntry.set(m.entry, []).get(m.entry)!).push(m.truth);
  let repeatedInEntry = 0;
  for (const labels of labelsByEntry.values())
    if (new Set(labels).size < labels.length) repeatedInEntry++;
  const paperOfEntry = new Map<string, number>();
  samePaper.forEach((entries, paper) => entries.forEach((e) => paperOfEntry.set(e, paper)));
  const labelsByPaper = new Map<string, Set<string>>();
  for (const [entry, labels] of labelsByEntry) {
    const paper = paperOfEntry.has(entry) ? `paper ${paperOfEntry.get(entry)}` : entry;
    const set = labelsByPaper.get(paper) ?? labelsByPaper.set(paper, new Set()).get(paper)!;
    for (const l of labels) set.add(l);
  }
  for (const labels of labelsByPaper.values()) {
    const distinct = [...labels];
    for (let i = 0; i < distinct.length; i++)
      for (let j = i + 1; j < distinct.length; j++)
        truePairs.add(pairKey(distinct[i]!, distinct[j]!));
  }

  const labelOf = majority(
    mentions,
    (m) => m.predicted,
    (m) => m.truth,
  );
  const predictedPairs = new Set<string>();
  const foundPairs = new Set<string>();
  let correct = 0;
  let selfLinks = 0;
  for (const paper of papers) {
    const ids = [...new Set(paper.authors)];
    let selfLinked = false;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i]!, ids[j]!);
        const a = labelOf.get(ids[i]!);
        const b = labelOf.get(ids[j]!);
        if (a !== undefined && a === b) selfLinked = true;
        if (predictedPairs.has(key)) continue;
        predictedPairs.add(key);
        if (a === undefined || b === undefined || a === b) continue;
        const labels = pairKey(a, b);
        if (truePairs.has(labels)) {
          correct++;
          foundPairs.add(labels);
        }
      }
    if (selfLinked) selfLinks++;
  }

  return {
    mentions: mentions.length,
    spellings: units.length,
    people: new Set(mentions.map((m) => m.truth)).size,
    pairwise: pairwise(units),
    bcubed: bcubed(mentions),
    coauthor: {
      precision: ratio(correct, predictedPairs.size),
      recall: ratio(foundPairs.size, truePairs.size),
      truePairs: truePairs.size,
      predictedPairs: predictedPairs.size,
    },
    selfLinks,
    repeatedInEntry,
  };
}
