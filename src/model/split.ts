/**
 * A graph file split for the page (issue 16): above `SPLIT_BYTES` the build writes what the
 * first frame needs in the main file (people, positions, sizes, bylines as author indices,
 * years, titles, venues) and the rest of each paper (abstract, sources, alternative titles,
 * affiliations, ids) in detail files beside it, `graph.details-0.json` …, `PAPERS_PER_DETAIL`
 * papers each in paper order. The main file names them relative to itself in `details`, so the
 * whole stays a static folder and `--out FILE` stays the one name a user gives.
 *
 * Measured (tests/bench/encodings.ts, README "Performance"): abstracts are about 70% of the
 * bytes; author indices instead of slugs save another 18% of the main file's gzip.
 */
import type { GraphFile, PaperRecord } from './types';

/** Written as one file up to this size (a lab's map is far below it). */
export const SPLIT_BYTES = 8 * 1024 * 1024;
export const PAPERS_PER_DETAIL = 1000;

/** The fields that live in the detail files of a split graph. */
export const DETAIL_FIELDS = ['abstract', 'sources', 'altTitles', 'affiliations', 'ids'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export type PaperDetails = Pick<PaperRecord, DetailField>;

/** `details` of a split main file. */
export interface DetailsInfo {
  /** Companion file names, relative to the main file: file k holds papers k·papersPerFile …. */
  files: string[];
  papersPerFile: number;
  /** Bylines in the main file are indices into `authors`. */
  bylines: 'indices';
}

export interface DetailFile {
  detailsOf: string;
  first: number;
  /** Per paper, in paper order: its id (to check the pairing) and its detail fields. */
  papers: (Partial<PaperDetails> & { id: string })[];
}

/** A paper as the main file of a split graph carries it (bylines as indices). */
export type MainPaper = Omit<PaperRecord, DetailField | 'authors'> & { authors: number[] };

/** A companion name that stays beside the main file: no folder, no `..`, no scheme. */
export const DETAIL_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.json$/;

/** `graph.json` → `graph.details-3.json`. */
export function detailFileName(mainName: string, k: number): string {
  const base = mainName.replace(/\.json$/i, '');
  return `${base}.details-${k}.json`;
}

export function splitGraph(
  graph: GraphFile,
  mainName: string,
  perFile = PAPERS_PER_DETAIL,
): { main: Record<string, unknown>; details: { name: string; file: DetailFile }[] } {
  const index = new Map(graph.authors.map((a, i) => [a.id, i]));
  const detail = new Set<string>(DETAIL_FIELDS);
  const papers: MainPaper[] = graph.papers.map((p) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(p)) {
      if (detail.has(k)) continue;
      out[k] = k === 'authors' ? p.authors.map((id) => index.get(id)!) : v;
    }
    return out as MainPaper;
  });
  const details: { name: string; file: DetailFile }[] = [];
  for (let first = 0, k = 0; first < graph.papers.length; first += perFile, k++) {
    details.push({
      name: detailFileName(mainName, k),
      file: {
        detailsOf: mainName,
        first,
        papers: graph.papers.slice(first, first + perFile).map((p) => {
          const out: Partial<PaperDetails> & { id: string } = { id: p.id };
          for (const field of DETAIL_FIELDS) {
            if (p[field] !== undefined) (out as Record<string, unknown>)[field] = p[field];
          }
          return out;
        }),
      },
    });
  }
  const info: DetailsInfo = {
    files: details.map((d) => d.name),
    papersPerFile: perFile,
    bylines: 'indices',
  };
  const main: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(graph)) main[k] = k === 'papers' ? papers : v;
  main['details'] = info;
  return { main, details };
}

/**
 * The main file's papers with bylines as author ids again (in place: the parsed JSON is
 * fresh). Indices outside `authors` become `#n`, which validation then names.
 */
export function expandBylines(data: Record<string, unknown>): void {
  const authors = data['authors'];
  const papers = data['papers'];
  if (!Array.isArray(authors) || !Array.isArray(papers)) return;
  const ids = authors.map((a) => (a as { id?: unknown })?.id);
  for (const paper of papers as { authors?: unknown }[]) {
    if (!paper || !Array.isArray(paper.authors)) continue;
    paper.authors = paper.authors.map((i: unknown) =>
      typeof i === 'number' && typeof ids[i] === 'string' ? ids[i] : `#${String(i)}`,
    );
  }
}

/** Checks a `details` field; null when it is usable. */
export function detailsProblem(value: unknown): string | null {
  const v = value as Partial<DetailsInfo> | null;
  if (typeof v !== 'object' || v === null) return '"details" should be an object';
  if (
    !Array.isArray(v.files) ||
    !v.files.every((f) => typeof f === 'string' && DETAIL_NAME_RE.test(f))
  )
    return '"details.files" should be file names beside the graph file';
  if (!Number.isInteger(v.papersPerFile) || (v.papersPerFile as number) < 1)
    return '"details.papersPerFile" should be a whole number';
  if (v.bylines !== 'indices') return '"details.bylines" should be "indices"';
  return null;
}

/** Puts a detail file's fields into its papers (in place); false when it does not fit them. */
export function applyDetails(papers: PaperRecord[], file: DetailFile): boolean {
  if (!file || !Array.isArray(file.papers) || !Number.isInteger(file.first)) return false;
  for (let i = 0; i < file.papers.length; i++) {
    const paper = papers[file.first + i];
    const detail = file.papers[i];
    if (!paper || !detail || detail.id !== paper.id) return false;
  }
  for (let i = 0; i < file.papers.length; i++) {
    const { id: _, ...fields } = file.papers[i]!;
    Object.assign(papers[file.first + i]!, fields);
  }
  return true;
}

/** A complete one-file graph from a split one (for the one-file export and for tools). */
export function joinGraph(
  main: Record<string, unknown>,
  readDetail: (name: string) => DetailFile,
): GraphFile {
  const { details, ...rest } = main;
  const info = details as DetailsInfo;
  expandBylines(rest);
  const papers = rest['papers'] as PaperRecord[];
  for (const name of info.files) {
    if (!applyDetails(papers, readDetail(name)))
      throw new Error(`${name} does not fit its graph file`);
  }
  for (const paper of papers) {
    paper.altTitles ??= [];
    paper.sources ??= [];
  }
  return rest as unknown as GraphFile;
}
