/**
 * Indexes over a validated graph file, built once per load. Everything the panels and the
 * filters ask for (an author's papers, a pair's joint papers, all years) is a map lookup here
 * rather than a scan of `papers`, which matters at 100k papers.
 */
import { deriveCollaborations, pairKey } from '../../model/collaborations';
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

  const papersByAuthor = new Map<string, PaperRecord[]>(file.authors.map((a) => [a.id, []]));
  let min = Infinity;
  let max = -Infinity;
  for (const paper of file.papers) {
    for (const id of new Set(paper.authors)) papersByAuthor.get(id)?.push(paper);
    if (paper.year !== null) {
      min = Math.min(min, paper.year);
      max = Math.max(max, paper.year);
    }
  }
  for (const list of papersByAuthor.values()) list.sort(compareNewestFirst);

  const coauthors = new Map<string, string[]>(file.authors.map((a) => [a.id, []]));
  const pairs: Pair[] = deriveCollaborations(file.papers).map((c) => {
    coauthors.get(c.source)?.push(c.target);
    coauthors.get(c.target)?.push(c.source);
    return {
      key: pairKey(c.source, c.target),
      source: c.source,
      target: c.target,
      papers: c.papers.map((id) => paperById.get(id)!).sort(compareNewestFirst),
    };
  });

  return {
    file,
    authors: file.authors,
    authorById,
    paperById,
    papersByAuthor,
    pairs,
    pairByKey: new Map(pairs.map((p) => [p.key, p])),
    coauthors,
    owners: new Set(file.owners),
    years: min <= max ? { min, max } : null,
  };
}

/** The pair of two authors, whatever order they are given in. */
export function findPair(data: AtlasData, a: string, b: string): Pair | undefined {
  return data.pairByKey.get(pairKey(a, b));
}
