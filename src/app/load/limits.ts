/**
 * How big a graph file the page agrees to draw. Past these, the reader would wait minutes on a
 * frozen tab (parsing, validating, Louvain, a WebGL scene of millions of links) and then
 * likely lose the tab to memory: a clear message is better. Sized for a department: the
 * 100,000-paper benchmark graph (`npm run bench`, size L: 60,000 authors, about a million
 * coauthor pairs) is written split (src/model/split.ts), its main file about 30 MB; its
 * abstracts and sources are in detail files read when a panel needs them (`details.ts`).
 */
import type { GraphFile } from '../../model/types';

/** Bytes of graph file text (the main file of a split one), checked while it downloads. */
export const MAX_GRAPH_BYTES = 64 * 1024 * 1024;
export const MAX_AUTHORS = 100_000;
export const MAX_PAPERS = 200_000;
/** Pairs from all bylines (a paper with n authors gives n(n−1)/2): what becomes links. */
export const MAX_BYLINE_PAIRS = 2_000_000;

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Byline pairs of the linked papers, stopping as soon as the limit is passed (a cheap loop, no
 * pair is built). A hyperauthored paper (`linked: false`) makes none, so one 3,000-author paper
 * never makes the page refuse a map.
 */
export function bylinePairs(file: Pick<GraphFile, 'papers'>, stopAbove = Infinity): number {
  let pairs = 0;
  for (const paper of file.papers) {
    if (paper.linked === false) continue;
    const n = paper.authors.length;
    pairs += (n * (n - 1)) / 2;
    if (pairs > stopAbove) break;
  }
  return pairs;
}

/** Why a valid file is too large to draw, or null when it is fine. */
export function scaleProblem(file: Pick<GraphFile, 'authors' | 'papers'>): string | null {
  if (file.authors.length > MAX_AUTHORS) {
    return `It has ${count(file.authors.length)} authors; this page draws at most ${count(MAX_AUTHORS)}.`;
  }
  if (file.papers.length > MAX_PAPERS) {
    return `It has ${count(file.papers.length)} papers; this page draws at most ${count(MAX_PAPERS)}.`;
  }
  const pairs = bylinePairs(file, MAX_BYLINE_PAIRS);
  if (pairs > MAX_BYLINE_PAIRS) {
    return `Its bylines make more than ${count(MAX_BYLINE_PAIRS)} coauthor pairs (a paper with n authors makes n(n−1)/2); this page draws at most ${count(MAX_BYLINE_PAIRS)}.`;
  }
  return null;
}
