/**
 * Graph file encodings, measured on real build outputs: bytes per paper (raw and gzip) and
 * the page's cost to read them (JSON.parse, plus turning the encoding back into records).
 *
 *   node --import tsx tests/bench/encodings.ts S=public/graph.json M=/tmp/M.json L=/tmp/L.json
 *
 * Candidates: `plain` (the file as written today, everything in one file); and for the main
 * file of a split (what the first frame needs; abstracts, sources, alternative titles,
 * affiliations and ids in detail files): `split-slugs` (bylines as author ids),
 * `split-indices` (bylines as author indices), `split-columnar` (one array per paper field,
 * bylines as indices).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { GraphFile, PaperRecord } from '../../src/model/types';
import { median } from './stats';

const DETAIL_FIELDS = ['abstract', 'sources', 'altTitles', 'affiliations', 'ids'] as const;

type Encoded = { main: string; decode: (data: unknown) => unknown; details: string };

function mainPapers(file: GraphFile): Record<string, unknown>[] {
  const detail = new Set<string>(DETAIL_FIELDS);
  return file.papers.map((p) =>
    Object.fromEntries(Object.entries(p).filter(([k]) => !detail.has(k))),
  );
}

function detailsOf(file: GraphFile): string {
  return JSON.stringify(
    file.papers.map((p) => Object.fromEntries(DETAIL_FIELDS.map((k) => [k, p[k]]))),
  );
}

function encodings(file: GraphFile): Record<string, Encoded> {
  const index = new Map(file.authors.map((a, i) => [a.id, i]));
  const details = detailsOf(file);
  const slugs = { ...file, papers: mainPapers(file) };
  const indices = {
    ...file,
    papers: mainPapers(file).map((p) => ({
      ...p,
      authors: (p['authors'] as string[]).map((id) => index.get(id)),
    })),
  };
  const columns: Record<string, unknown[]> = {};
  const rows = mainPapers(file);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  for (const key of keys)
    columns[key] = rows.map((r) =>
      key === 'authors' ? (r[key] as string[]).map((id) => index.get(id)) : (r[key] ?? null),
    );
  const columnar = { ...file, papers: columns };
  const fromIndices = (data: unknown) => {
    const g = data as { authors: { id: string }[]; papers: { authors: number[] }[] };
    const ids = g.authors.map((a) => a.id);
    for (const p of g.papers) (p as unknown as PaperRecord).authors = p.authors.map((i) => ids[i]!);
    return g;
  };
  const fromColumns = (data: unknown) => {
    const g = data as { authors: { id: string }[]; papers: Record<string, unknown[]> };
    const ids = g.authors.map((a) => a.id);
    const n = g.papers['id']!.length;
    const out: Record<string, unknown>[] = [];
    const fields = Object.entries(g.papers);
    for (let i = 0; i < n; i++) {
      const p: Record<string, unknown> = {};
      for (const [k, column] of fields) {
        const v = column[i];
        if (v === null && k !== 'year') continue;
        p[k] = k === 'authors' ? (v as number[]).map((j) => ids[j]!) : v;
      }
      out.push(p);
    }
    return { ...g, papers: out };
  };
  return {
    plain: { main: JSON.stringify(file), decode: (d) => d, details: '' },
    'split-slugs': { main: JSON.stringify(slugs), decode: (d) => d, details },
    'split-indices': { main: JSON.stringify(indices), decode: fromIndices, details },
    'split-columnar': { main: JSON.stringify(columnar), decode: fromColumns, details },
  };
}

function timeIt(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const MB = 1024 * 1024;
const fmt = (bytes: number) =>
  bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;

console.log(
  '| size | encoding | main file | main gzip | gzip / paper | parse | decode | details (all) | details gzip |',
);
console.log(
  '| ---- | -------- | --------- | --------- | ------------ | ----- | ------ | ------------- | ------------ |',
);
for (const arg of process.argv.slice(2)) {
  const [size, file] = arg.split('=') as [string, string];
  const graph = JSON.parse(readFileSync(file, 'utf8')) as GraphFile;
  const runs = graph.papers.length > 50_000 ? 3 : 5;
  for (const [name, e] of Object.entries(encodings(graph))) {
    const gzip = gzipSync(e.main).length;
    const parse = timeIt(() => JSON.parse(e.main), runs);
    const decode = timeIt(() => e.decode(JSON.parse(e.main)), runs) - parse;
    const detailGzip = e.details ? gzipSync(e.details).length : 0;
    console.log(
      `| ${size} | ${name} | ${fmt(Buffer.byteLength(e.main))} | ${fmt(gzip)} | ${Math.round(gzip / graph.papers.length)} B | ${parse.toFixed(0)} ms | ${Math.max(0, decode).toFixed(0)} ms | ${e.details ? fmt(Buffer.byteLength(e.details)) : '–'} | ${e.details ? fmt(detailGzip) : '–'} |`,
    );
  }
}
