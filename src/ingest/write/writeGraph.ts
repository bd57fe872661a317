/**
 * Writes the graph file, split for the page when it is large (src/model/split.ts): detail
 * files first, the main file last, so a reader never finds a main file naming detail files
 * that are not there yet; detail files of an earlier, larger build are removed.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SPLIT_BYTES, splitGraph } from '../../model/split';
import type { GraphFile } from '../../model/types';
import { writeJson, writeOutput, serialize } from './writeOutput';

export interface WrittenGraph {
  /** Bytes of the main file. */
  bytes: number;
  /** Detail files beside it (empty when the graph is one file). */
  details: string[];
  detailBytes: number;
}

/** True once the one-file JSON would pass `limit` bytes (stops counting there). */
export function exceedsBytes(graph: GraphFile, limit: number): boolean {
  let bytes = 0;
  for (const paper of graph.papers) {
    bytes += JSON.stringify(paper).length;
    if (bytes > limit) return true;
  }
  for (const author of graph.authors) {
    bytes += JSON.stringify(author).length;
    if (bytes > limit) return true;
  }
  return bytes + JSON.stringify(graph.unmatched).length > limit;
}

export function writeGraph(
  file: string,
  graph: GraphFile,
  { splitAbove = SPLIT_BYTES }: { splitAbove?: number } = {},
): WrittenGraph {
  const mainName = path.basename(file);
  const split = exceedsBytes(graph, splitAbove);
  let written: WrittenGraph;
  if (!split) {
    written = { bytes: writeJson(file, { ...graph }), details: [], detailBytes: 0 };
  } else {
    const { main, details } = splitGraph(graph, mainName);
    let detailBytes = 0;
    for (const d of details) {
      detailBytes += writeOutput(path.join(path.dirname(file), d.name), serialize(d.file));
    }
    written = { bytes: writeJson(file, main), details: details.map((d) => d.name), detailBytes };
  }
  removeStaleDetails(file, new Set(written.details));
  return written;
}

function removeStaleDetails(file: string, keep: ReadonlySet<string>): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file).replace(/\.json$/i, '')}.details-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && /^\d+\.json$/.test(name.slice(prefix.length)) && !keep.has(name))
      rmSync(path.join(dir, name), { force: true });
  }
}
