/**
 * What the filters leave on the map. Pure: the same filters on the same data always give the
 * same view, in file order, so communities and colours computed from it are reproducible.
 */
import type { PaperRecord } from '../../model/types';
import type { AtlasData, YearExtent } from '../data/atlasData';
import { distinctAuthorCount, pairContribution, type CountingMode } from './counting';

export interface Filters {
  /** First year counted; null = no lower bound. */
  yearFrom: number | null;
  /** Last year counted; null = no upper bound. */
  yearTo: number | null;
  /** Links with fewer joint papers (in range) are not drawn. */
  minWeight: number;
  /** Hide listing owners: they connect to everyone and flatten the structure. */
  hideOwner: boolean;
  /** How joint papers add up to a link's weight (what Louvain and link thickness use). */
  counting: CountingMode;
  /** Only lab members (authors with a roster entry) and the links between them. */
  internalOnly: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  yearFrom: null,
  yearTo: null,
  minWeight: 1,
  hideOwner: false,
  counting: 'full',
  internalOnly: false,
};

export interface VisibleEdge {
  key: string;
  source: string;
  target: string;
  /** Joint papers in the year range. */
  papers: number;
  /** Strength under the counting mode: `papers` with full counting, less with fractional. */
  weight: number;
}

export interface VisibleView {
  /** Visible author ids, in file order. */
  nodes: string[];
  nodeSet: ReadonlySet<string>;
  /** Papers in range per visible author. */
  paperCount: ReadonlyMap<string, number>;
  edges: VisibleEdge[];
  edgeByKey: ReadonlyMap<string, VisibleEdge>;
  /** Visible neighbours of each visible author. */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** Papers in the year range (whatever the owner and link filters say). */
  paperTotal: number;
}

/** True when the year bounds exclude something; papers without a year count only when not. */
export function hasYearRange(filters: Filters): boolean {
  return filters.yearFrom !== null || filters.yearTo !== null;
}

export function paperInRange(paper: Pick<PaperRecord, 'year'>, filters: Filters): boolean {
  if (!hasYearRange(filters)) return true;
  if (paper.year === null) return false;
  if (filters.yearFrom !== null && paper.year < filters.yearFrom) return false;
  if (filters.yearTo !== null && paper.year > filters.yearTo) return false;
  return true;
}

/**
 * Brings filters into their canonical form: bounds clamped to the data's years, a bound at the
 * edge of the data dropped (so "all years" has exactly one spelling, in state and in URLs),
 * bounds in order, minWeight a positive integer.
 */
export function normalizeFilters(filters: Filters, years: YearExtent | null): Filters {
  let from = filters.yearFrom;
  let to = filters.yearTo;
  if (years) {
    if (from !== null) from = Math.min(Math.max(from, years.min), years.max);
    if (to !== null) to = Math.min(Math.max(to, years.min), years.max);
    if (from !== null && to !== null && from > to) [from, to] = [to, from];
    if (from === years.min) from = null;
    if (to === years.max) to = null;
  } else if (from !== null && to !== null && from > to) {
    [from, to] = [to, from];
  }
  const minWeight = Number.isFinite(filters.minWeight)
    ? Math.max(1, Math.floor(filters.minWeight))
    : 1;
  return {
    yearFrom: from,
    yearTo: to,
    minWeight,
    hideOwner: filters.hideOwner,
    counting: filters.counting === 'fractional' ? 'fractional' : 'full',
    internalOnly: filters.internalOnly,
  };
}

export function computeVisibleView(data: AtlasData, filters: Filters): VisibleView {
  // Without a roster nobody is a lab member: the switch means nothing rather than emptying the map.
  const internalOnly = filters.internalOnly && data.file.roster !== undefined;
  const hidden = (id: string) =>
    (filters.hideOwner && data.owners.has(id)) ||
    (internalOnly && !data.authorById.get(id)?.roster);
  // All years (the first frame's view): every paper counts, so a count is a list's length and
  // 713,018 pairs at department scale need no pass over their papers.
  const allYears = !hasYearRange(filters);

  const paperCount = new Map<string, number>();
  for (const author of data.authors) {
    if (hidden(author.id)) continue;
    const list = data.papersByAuthor.get(author.id) ?? [];
    let count = allYears ? list.length : 0;
    if (!allYears) for (const paper of list) if (paperInRange(paper, filters)) count++;
    if (count > 0) paperCount.set(author.id, count);
  }

  const edges: VisibleEdge[] = [];
  const linked = new Set<string>();
  const countLinked = filters.minWeight > 1;
  for (const pair of data.pairs) {
    if (!paperCount.has(pair.source) || !paperCount.has(pair.target)) continue;
    let papers = allYears ? pair.papers.length : 0;
    let weight = allYears && filters.counting === 'full' ? papers : 0;
    if (!allYears || filters.counting !== 'full') {
      for (const paper of pair.papers) {
        if (!allYears && !paperInRange(paper, filters)) continue;
        if (!allYears) papers++;
        weight += pairContribution(distinctAuthorCount(paper.authors), filters.counting);
      }
    }
    if (papers === 0 || papers < filters.minWeight) continue;
    edges.push({ key: pair.key, source: pair.source, target: pair.target, papers, weight });
    if (countLinked) {
      linked.add(pair.source);
      linked.add(pair.target);
    }
  }

  // A link threshold above 1 is a request to see the strong ties: authors it leaves without
  // any link would only be noise. At 1, an author without links really wrote alone (or only
  // with a hidden owner) and stays.
  const keep = (id: string) => !countLinked || linked.has(id);
  const nodes = data.authors.map((a) => a.id).filter((id) => paperCount.has(id) && keep(id));
  if (countLinked) for (const id of [...paperCount.keys()]) if (!keep(id)) paperCount.delete(id);

  let paperTotal = allYears ? data.file.papers.length : 0;
  if (!allYears)
    for (const paper of data.file.papers) if (paperInRange(paper, filters)) paperTotal++;

  return withLazyNeighbours({
    nodes,
    nodeSet: new Set(nodes),
    paperCount,
    edges,
    edgeByKey: new Map(edges.map((e) => [e.key, e])),
    paperTotal,
  });
}

/**
 * The view with `neighbours` built when first read: the first frame never needs it (hover,
 * selection, the list and the ego network do), and at department scale it is 1.4 million set
 * insertions. (A getter, not a spread: spreading would build it at once.)
 */
export function withLazyNeighbours(view: Omit<VisibleView, 'neighbours'>): VisibleView {
  let built: Map<string, Set<string>> | undefined;
  return Object.defineProperty(view, 'neighbours', {
    enumerable: true,
    get() {
      if (built) return built;
      built = new Map(view.nodes.map((id) => [id, new Set<string>()]));
      for (const edge of view.edges) {
        built.get(edge.source)!.add(edge.target);
        built.get(edge.target)!.add(edge.source);
      }
      return built;
    },
  }) as VisibleView;
}

/** Papers per year over the whole file, for the histogram and sparklines. */
export function papersPerYear(papers: readonly Pick<PaperRecord, 'year'>[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const paper of papers) {
    if (paper.year !== null) counts.set(paper.year, (counts.get(paper.year) ?? 0) + 1);
  }
  return counts;
}
