/**
 * Test data for the client's unit tests (never imported by the app): the real seed graph, built
 * by the same pipeline as `npm run graph` so tests do not depend on a prior command, and a
 * small hand-made graph file for exact expectations.
 */
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import {
  SCHEMA_VERSION,
  type AuthorRecord,
  type GraphFile,
  type PaperRecord,
} from '../../src/model';
import { buildAtlasData, type AtlasData } from '../../src/app/data/atlasData';

let seed: GraphFile | undefined;

export function seedGraphFile(): GraphFile {
  if (!seed) {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const inputs = readInputs(['seeds/'], root);
    seed = runPipeline(inputs).graph;
  }
  return seed;
}

export function seedData(): AtlasData {
  return buildAtlasData(seedGraphFile());
}

function author(id: string, name: string, extra: Partial<AuthorRecord> = {}): AuthorRecord {
  return { id, name, aliases: [], paperCount: 0, x: 0, y: 0, ...extra };
}

function paper(id: string, year: number | null, authors: string[]): PaperRecord {
  return {
    id,
    title: `Paper ${id}`,
    altTitles: [],
    year,
    authors,
    authorsComplete: true,
    sources: [{ file: 'fixture.txt', line: 1 }],
  };
}

/**
 * Two triangles (a-b-c, d-e-f) joined by one weak link c-d, plus an owner `o` on every paper
 * and a loner `g` who wrote alone.
 */
export function fixtureGraphFile(): GraphFile {
  const papers = [
    paper('p1', 2018, ['a', 'b', 'o']),
    paper('p2', 2019, ['a', 'b', 'c', 'o']),
    paper('p3', 2020, ['b', 'c', 'o']),
    paper('p4', 2021, ['a', 'c', 'o']),
    paper('p5', 2018, ['d', 'e', 'o']),
    paper('p6', 2019, ['d', 'e', 'f', 'o']),
    paper('p7', 2021, ['e', 'f', 'o']),
    paper('p8', 2022, ['d', 'f', 'o']),
    paper('p9', 2022, ['c', 'd', 'o']),
    paper('p10', null, ['g']),
  ];
  const names: Record<string, string> = {
    a: 'Ada Lovelace',
    b: 'Bea Björk',
    c: 'Cem Çelik',
    d: 'Dan Duong',
    e: 'Eve Éclair',
    f: 'Fay Fox',
    g: 'Gus Loner',
    o: 'Olga Owner',
  };
  const authors = Object.entries(names).map(([id, name]) =>
    author(id, name, {
      paperCount: papers.filter((p) => p.authors.includes(id)).length,
      ...(id === 'o' ? { owner: true } : {}),
      ...(id === 'b' ? { aliases: ['Bea Bjork', 'B. Björk'] } : {}),
    }),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'fixture',
    owners: ['o'],
    sources: [],
    authors,
    papers,
    unmatched: [],
    layout: { algorithm: 'forceatlas2', seed: 1, iterations: 1 },
  };
}

/**
 * A graph file from bylines alone (`[paper id, year, author ids]`), authors in order of first
 * appearance: for exact expectations on small hand-made graphs.
 */
export function graphFileFromBylines(
  bylines: readonly (readonly [string, number | null, readonly string[]])[],
  extra: Partial<GraphFile> = {},
): GraphFile {
  const papers = bylines.map(([id, year, authors]) => paper(id, year, [...authors]));
  const ids = [...new Set(papers.flatMap((p) => p.authors))];
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: 'fixture',
    owners: [],
    sources: [],
    authors: ids.map((id) =>
      author(id, id.toUpperCase(), {
        paperCount: papers.filter((p) => p.authors.includes(id)).length,
      }),
    ),
    papers,
    unmatched: [],
    layout: { algorithm: 'forceatlas2', seed: 1, iterations: 1 },
    ...extra,
  };
}
