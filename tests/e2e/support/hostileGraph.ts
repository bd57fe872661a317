/**
 * The hostile listing (tests/fixtures/hostile/) built by the real build step into
 * test-results/, for the browser tests to load with `?data=` or an element's `src`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AuthorRecord, GraphFile } from '../../../src/model/types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const HOSTILE_GRAPH = fileURLToPath(
  new URL('../../../test-results/hostile/graph.json', import.meta.url),
);

/** The payloads as the fixture writes them (every one calls alert(1)). */
export const PAYLOAD = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script>',
  js: 'javascript:alert(1)',
  html: "{@html '<img src=x onerror=alert(1)>'}",
  link: '<a href="javascript:alert(1)">click</a>',
} as const;

export interface HostileGraph {
  text: string;
  graph: GraphFile;
  author(name: string): AuthorRecord;
}

/** `npm run graph -- tests/fixtures/hostile --out test-results/hostile/graph.json --quiet` */
export function buildHostileGraph(): HostileGraph {
  execFileSync(
    'npm',
    ['run', '--silent', 'graph', '--', 'tests/fixtures/hostile', '--out', HOSTILE_GRAPH, '--quiet'],
    { cwd: ROOT, stdio: 'pipe' },
  );
  const text = readFileSync(HOSTILE_GRAPH, 'utf8');
  const graph = JSON.parse(text) as GraphFile;
  return {
    text,
    graph,
    author(name) {
      const found = graph.authors.find((a) => a.name === name);
      if (!found) throw new Error(`no author named ${name} in the hostile graph`);
      return found;
    },
  };
}
