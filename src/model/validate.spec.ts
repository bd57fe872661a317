import { describe, expect, it } from 'vitest';
import { seedBuild } from '../../tests/support/seeds';
import { deriveCollaborations, jointPapers } from './collaborations';
import { SCHEMA_VERSION } from './types';
import { parseGraphFile, validateGraphFile } from './validate';

const { graph } = seedBuild();
const copy = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(graph)) as Record<string, unknown>;

describe('validateGraphFile', () => {
  it('accepts the seed graph', () => {
    expect(validateGraphFile(copy())).toMatchObject({ ok: true });
  });

  it('says so when the file is newer or older than the page', () => {
    expect(validateGraphFile({ ...copy(), schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({
      ok: false,
      problem: { kind: 'newer-version' },
    });
    expect(validateGraphFile({ ...copy(), schemaVersion: 0 })).toMatchObject({
      ok: false,
      problem: { kind: 'older-version' },
    });
  });

  it('reads a version 1 file, written before ids, as the current version', () => {
    const result = validateGraphFile({ ...copy(), schemaVersion: 1 });
    expect(result).toMatchObject({ ok: true, graph: { schemaVersion: SCHEMA_VERSION } });
  });

  it('checks identifiers where a file has them', () => {
    const good = copy();
    const authors = good['authors'] as Record<string, unknown>[];
    authors[0]!['ids'] = { orcid: '0000-0002-1825-0097' };
    (good['papers'] as Record<string, unknown>[])[0]!['ids'] = { doi: ['10.1145/1.2'] };
    expect(validateGraphFile(good)).toMatchObject({ ok: true });
    authors[0]!['ids'] = { orcid: 42 };
    expect(validateGraphFile(good)).toMatchObject({ ok: false });
  });

  it('names the place that is wrong', () => {
    const broken = copy();
    (broken['papers'] as { authors: string[] }[])[3]!.authors.push('nobody');
    const result = validateGraphFile(broken);
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', errors: ['papers[3]: author "nobody" is not in authors'] },
    });
    const missing = copy();
    delete (missing['authors'] as Record<string, unknown>[])[0]!['x'];
    expect(validateGraphFile(missing)).toMatchObject({
      ok: false,
      problem: { errors: ['authors[0]: missing "x"'] },
    });
  });

  it('accepts roster entries and refuses malformed ones', () => {
    const withRoster = copy();
    const authors = withRoster['authors'] as Record<string, unknown>[];
    authors[0]!['roster'] = { role: 'PI', from: 2012, status: 'member' };
    expect(validateGraphFile(withRoster)).toMatchObject({ ok: true });
    authors[0]!['roster'] = { role: 'PI', status: 'visiting' };
    expect(validateGraphFile(withRoster)).toMatchObject({
      ok: false,
      problem: { errors: ['authors[0]: "roster" has the wrong type'] },
    });
  });

  it('reports text that is not JSON', () => {
    expect(parseGraphFile('{"schemaVersion": 1,')).toMatchObject({
      ok: false,
      problem: { kind: 'not-json' },
    });
  });
});

describe('collaborations derived from papers', () => {
  it('give each pair its joint papers', () => {
    const collaborations = deriveCollaborations(graph.papers);
    const total = graph.papers.reduce(
      (n, p) => n + (p.authors.length * (p.authors.length - 1)) / 2,
      0,
    );
    expect(collaborations.reduce((n, c) => n + c.weight, 0)).toBe(total);
    for (const c of collaborations.slice(0, 50)) {
      expect(c.papers).toEqual(jointPapers(graph.papers, c.source, c.target).map((p) => p.id));
      expect(c.source < c.target).toBe(true);
    }
  });
});
