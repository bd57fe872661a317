/**
 * Indexes over a validated graph file, built once per load. Everything the panels and the
 * filters ask for (an author's papers, a pair's joint papers, all years) is a map lookup here
 * rather than a scan of `papers`, which matters at 100k papers.
 */
import { pairKey, pairTableOf } from '../../model/collaborations';
import type { AuthorRecord, GraphFile, PaperRecord } from '../../model/types';

/** A coauthor pair over the whole file (no filters applied). */
export interface Pair {
  /** `pairKey(source, target)`: also the edge key in the rendered graph. */
  key: string;
  source: string;
  target: string;
  /** Joint papers, newest first. */
  papers: PaperRecord[];
}

export interface YearExtent {
  min: number;
  max: number;
}

export interface AtlasData {
  file: GraphFile;
  /** Authors in file order: the order every derived list starts from, so results are stable. */
  authors: readonly AuthorRecord[];
  authorById: ReadonlyMap<string, AuthorRecord>;
  paperById: ReadonlyMap<string, PaperRecord>;
  /** Each author's papers, newest first. */
  papersByAuthor: ReadonlyMap<string, readonly PaperRecord[]>;
  pairs: readonly Pair[];
  pairByKey: ReadonlyMap<string, Pair>;
  /** Every coauthor of each author (all years), in pair order. */
  coauthors: ReadonlyMap<string, readonly string[]>;
  owners: ReadonlySet<string>;
  /** Smallest and largest known paper year; null when no paper has a year. */
  years: YearExtent | null;
}

/** Newest first: year, then listing date, then title; papers without a year go last. */
export function compareNewestFirst(a: PaperRecord, b: PaperRecord): number {
  const ya = a.year ?? -Infinity;
  const yb = b.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function buildAtlasData(file: GraphFile): AtlasData {
  const authorById = new Map(file.authors.map((a) => [a.id, a]));
  const paperById = new Map(file.papers.map((p) => [p.id, p]));

  // Papers newest first, once: every list filled in this order is sorted without sorting it.
  const papers = file.papers;
  const newestFirst = Int32Array.from(papers.keys()).sort((a, b) =>
    compareNewestFirst(papers[a]!, papers[b]!),
  );
  const papersByAuthor = new Map<string, PaperRecord[]>(file.authors.map((a) => [a.id, []]));
  let min = Infinity;
  let max = -Infinity;
  for (const index of newestFirst) {
    const paper = papers[index]!;
    // A person printed twice on one byline lists the paper once.
    const byline = paper.authors.length > 32 ? new Set(paper.authors) : paper.authors;
    byline.forEach((id, i) => {
      if (typeof i !== 'number' || paper.authors.indexOf(id) === i)
        papersByAuthor.get(id)?.push(paper);
    });
    if (paper.year !== null) {
      if (paper.year < min) min = paper.year;
      if (paper.year > max) max = paper.year;
    }
  }

  const { table, ids } = pairTableOf(
    papers,
    file.authors.map((a) => a.id),
    newestFirst,
  );
  const coauthorLists = ids.map((): string[] => []);
  const pairs: Pair[] = new Array<Pair>(table.size);
  const pairByKey = new Map<string, Pair>();
  for (let i = 0; i < table.size; i++) {
    const s = table.source[i]!;
    const t = table.target[i]!;
    const source = ids[s]!;
    const target = ids[t]!;
    coauthorLists[s]!.push(target);
    coauthorLists[t]!.push(source);
    const joint = new Array<PaperRecord>(table.paperOffsets[i + 1]! - table.paperOffsets[i]!);
    for (let k = 0; k < joint.length; k++) {
      joint[k] = papers[table.paperIndices[table.paperOffsets[i]! + k]!]!;
    }
    // Ids in code-point order already: the key needs no comparison.
    const pair: Pair = { key: `${source}\u0000${target}`, source, target, papers: joint };
    pairs[i] = pair;
    pairByKey.set(pair.key, pair);
  }
  const coauthors = new Map<string, string[]>(
    file.authors.map((a, i) => [a.id, coauthorLists[i]!]),
  );

  return {
    file,
    authors: file.authors,
    authorById,
    paperById,
    papersByAuthor,
    pairs,
    pairByKey,
    coauthors,
    owners: new Set(file.owners),
    years: min <= max ? { min, max } : null,
  };
}

/** The pair of two authors, whatever order they are given in. */
export function findPair(data: AtlasData, a: string, b: string): Pair | undefined {
  return data.pairByKey.get(pairKey(a, b));
}
