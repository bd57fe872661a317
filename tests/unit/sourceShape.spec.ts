/**
 * The shape of the source tree: no import cycles (type-only imports count: they tie modules
 * together for a reader as much as for the compiler), and no client file over 300 lines.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFiles } from '../support/importGraph';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/**
 * Folders whose cycles this check does not hold against them yet: the build step is being
 * rewritten in parallel (issue 12, build half). Remove the entry once that lands.
 */
const NOT_YET_CHECKED: string[] = [];

describe('the source tree', () => {
  const graph = importGraph(SRC);

  it('is read whole (every client module is in the graph, with its imports)', () => {
    expect(graph.get('app/state/store.svelte.ts')).toContain('app/state/selection.svelte.ts');
    expect(graph.get('app/App.svelte')).toContain('app/Atlas.svelte');
    expect(graph.get('main.ts')).toContain('app/start.ts'); // a dynamic import()
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('has no import cycles', () => {
    const cycles = importCycles(graph).filter(
      (cycle) => !cycle.every((file) => NOT_YET_CHECKED.some((folder) => file.startsWith(folder))),
    );
    expect(cycles).toEqual([]);
  });

  it('has no module assigning the store’s fields (slices change through their methods)', () => {
    const assignment = /\bstore\.(?:\w+\.)*\w+\s*(?:=(?!=)|\+=|-=|\+\+|--)/;
    const writers = [...sourceFiles(`${SRC}/app`), ...sourceFiles(`${SRC}/element`)]
      .filter((file) => !file.endsWith('.spec.ts'))
      .filter((file) => assignment.test(readFileSync(file, 'utf8')));
    expect(writers).toEqual([]);
  });

  it('has no source file over 300 lines (build step, client, tools)', () => {
    const client = [...sourceFiles(SRC), ...sourceFiles(`${SRC}/../tools`)].filter(
      (file) => !file.endsWith('.spec.ts'),
    );
    const long = client
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });
});
