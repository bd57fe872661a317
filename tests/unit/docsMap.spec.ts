/** The folder maps in README.md (Project layout) and ARCHITECTURE.md (Folders) match the tree. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The first code block after a heading. */
function mapBlock(file: string, heading: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const start = text.indexOf(`${heading}\n`);
  expect(start, `${file} has "${heading}"`).toBeGreaterThanOrEqual(0);
  const open = text.indexOf('```\n', start) + 4;
  return text.slice(open, text.indexOf('```', open));
}

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => statSync(join(ROOT, dir, name)).isDirectory())
    .sort();

/** Paths a map names: top-level entries, and `name/` entries indented under the last one. */
function mappedPaths(block: string): string[] {
  const paths: string[] = [];
  let parent = '';
  for (const line of block.split('\n')) {
    const top = /^(\S+)/.exec(line)?.[1];
    if (top) {
      if (/^(src|tests|tools|seeds)\b/.test(top)) paths.push(top);
      if (top.endsWith('/')) parent = top;
      continue;
    }
    const nested = /^ {2}(\S+)/.exec(line)?.[1];
    if (nested && parent) {
      for (const name of nested.split(',')) if (name) paths.push(`${parent}${name.trim()}`);
    }
  }
  return paths;
}

describe('ARCHITECTURE.md', () => {
  const block = mapBlock('ARCHITECTURE.md', '## Folders');
  const paths = mappedPaths(block);

  it('names only what exists', () => {
    for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('names every folder of src/, the client and tools/', () => {
    for (const name of folders('src')) expect(paths).toContain(`src/${name}/`);
    for (const name of folders('src/app')) expect(paths).toContain(`src/app/${name}/`);
    for (const name of folders('tools')) expect(paths).toContain(`tools/${name}/`);
  });

  it('keeps the placeholder for the build step', () => {
    expect(readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8')).toContain('## Build step');
  });
});

describe('README.md project layout', () => {
  const block = mapBlock('README.md', '## Project layout');

  it('names only what exists', () => {
    for (const path of mappedPaths(block)) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('names every folder of src/ and of the client', () => {
    for (const name of folders('src')) expect(block).toContain(`src/${name}/`);
    for (const name of folders('src/app')) expect(block).toMatch(new RegExp(`\\b${name}/`));
  });
});
