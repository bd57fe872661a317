/**
 * The detail files of a split graph (src/model/split.ts), read when a panel needs them: each
 * file once (its promise is cached), its fields put into the papers it holds, so everything
 * that already has the paper sees them. The panel stays usable while one loads.
 */
import { applyDetails, type DetailFile, type DetailsInfo } from '../../model/split';
import type { GraphFile, PaperRecord } from '../../model/types';
import { readLimitedText } from './readLimited';

/** A detail file is about 1,000 papers' abstracts: a few MB. */
export const MAX_DETAIL_BYTES = 32 * 1024 * 1024;

interface SplitSource {
  load(k: number): Promise<void>;
  perFile: number;
  index: ReadonlyMap<PaperRecord, number>;
  /** Papers whose detail file has been read. */
  done: WeakSet<PaperRecord>;
}

const sources = new WeakMap<PaperRecord[], SplitSource>();
const papersOf = new WeakMap<PaperRecord, PaperRecord[]>();

/** Registers where a split file's details are; `mainUrl` is the main file's address. */
export function registerDetails(
  file: GraphFile,
  info: DetailsInfo,
  mainUrl: URL,
  fetchImpl: typeof fetch = fetch,
): void {
  const loaded = new Map<number, Promise<void>>();
  const index = new Map<PaperRecord, number>();
  file.papers.forEach((paper, i) => {
    index.set(paper, i);
    papersOf.set(paper, file.papers);
  });
  const load = (k: number): Promise<void> => {
    let pending = loaded.get(k);
    if (!pending) {
      const name = info.files[k];
      pending = name
        ? readDetail(new URL(name, mainUrl), fetchImpl).then((detail) => {
            if (!applyDetails(file.papers, detail))
              throw new Error(`${name} does not belong to this graph file`);
          })
        : Promise.reject(new Error('no detail file for this paper'));
      // A failed read may be retried (a network blip); a good one is kept.
      pending.catch(() => loaded.delete(k));
      loaded.set(k, pending);
    }
    return pending;
  };
  sources.set(file.papers, { load, perFile: info.papersPerFile, index, done: new WeakSet() });
}

async function readDetail(url: URL, fetchImpl: typeof fetch): Promise<DetailFile> {
  const response = await fetchImpl(url.href);
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  const body = await readLimitedText(response, MAX_DETAIL_BYTES);
  if (!body.ok) throw new Error(`${url.pathname} is too large`);
  return JSON.parse(body.text) as DetailFile;
}

/** True when the paper's abstract and other details are still in a detail file. */
export function detailsPending(paper: PaperRecord): boolean {
  const source = sourceOf(paper);
  return source !== undefined && !source.done.has(paper);
}

function sourceOf(paper: PaperRecord): SplitSource | undefined {
  const papers = papersOf.get(paper);
  return papers && sources.get(papers);
}

/** Reads the paper's details (once per detail file); resolves when they are in the paper. */
export async function loadDetails(paper: PaperRecord): Promise<void> {
  const source = sourceOf(paper);
  if (!source || source.done.has(paper)) return;
  const i = source.index.get(paper)!;
  const k = Math.floor(i / source.perFile);
  await source.load(k);
  const papers = papersOf.get(paper)!;
  for (let j = k * source.perFile; j < Math.min(papers.length, (k + 1) * source.perFile); j++)
    source.done.add(papers[j]!);
}
