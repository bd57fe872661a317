import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedBuild } from '../../../tests/support/seeds';
import { serialize, writeJson } from './writeOutput';

describe('writeJson', () => {
  it('writes exactly the bytes of serialize(), in pieces', () => {
    const { graph } = seedBuild();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-write-')), 'graph.json');
    const bytes = writeJson(file, { ...graph });
    const expected = serialize(graph);
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(bytes).toBe(Buffer.byteLength(expected));
  });

  it('leaves no temporary file behind when the target cannot be written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-write-'));
    const target = path.join(dir, 'taken');
    mkdirSync(target);
    expect(() => writeJson(target, { a: 1 })).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('skips undefined fields and writes empty lists, as JSON.stringify does', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-write-')), 'x.json');
    writeJson(file, { a: undefined, b: [], c: { d: 1 }, e: ['é', null] });
    expect(readFileSync(file, 'utf8')).toBe(
      serialize({ a: undefined, b: [], c: { d: 1 }, e: ['é', null] }),
    );
  });
});
