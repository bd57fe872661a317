/**
 * Rebuilds that keep the picture (issue 14): the targets on the seeds, and the determinism
 * rules (same previous + same inputs = same bytes; no previous = a fresh build as always; a
 * rebuild whose inputs did not change writes the previous file back byte for byte).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignSlots } from '../../src/app/communities/communities';
import { shownCommunities } from '../../src/ingest/changes/communities';
import { matchPeople } from '../../src/ingest/changes/matchPeople';
import { runCli } from '../../src/ingest/cli';
import { alignTo } from '../../src/ingest/layout/align';
import { runPipeline } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import { sinceLastBuild } from '../../src/ingest/report/summary';
import { serialize } from '../../src/ingest/write/writeOutput';
import {
  MEDIAN_TARGET,
  P90_TARGET,
  build,
  newPapersBibtex,
  runScenarios,
} from '../bench/stabilityRuns';
import { REPO_ROOT } from '../support/seeds';
import { contractChecker } from './support/contractChecker';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-stability-'));

function cli(args: string[], quiet = true): { code: number; stdout: string; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCli(quiet ? [...args, '--quiet'] : args, {
    cwd: REPO_ROOT,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(...t.split('\n')),
  });
  return { code, stdout: stdout.join('\n'), stderr };
}

describe('a rebuild after one new paper (seeds)', () => {
  const [figures] = runScenarios(REPO_ROOT, ['seeds'], path.join(scratch, 'one'), 'add one');

  it('moves the people already on the map by ≤ 1% (median) and ≤ 3% (p90) of its size', () => {
    expect(figures!.shared).toBeGreaterThan(150);
    expect(figures!.warm.median).toBeLessThanOrEqual(MEDIAN_TARGET);
    expect(figures!.warm.p90).toBeLessThanOrEqual(P90_TARGET);
    // What a cold rebuild does, so the test shows the difference is the warm start.
    expect(figures!.cold.median).toBeGreaterThan(0.05);
  });

  it('says what changed: +1 paper, +1 person and the new collaborations', () => {
    expect(figures!.papersAdded).toBe(1);
    expect(figures!.peopleAdded).toBe(1);
    expect(figures!.collaborationsAdded).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  const base = build(REPO_ROOT, ['seeds']).graph;
  const bib = path.join(scratch, 'determinism.bib');
  writeFileSync(bib, newPapersBibtex(base, 1));

  it('gives the same bytes for the same previous file and the same inputs', () => {
    const a = serialize(build(REPO_ROOT, ['seeds', bib], base).graph);
    const b = serialize(build(REPO_ROOT, ['seeds', bib], base).graph);
    expect(b).toBe(a);
  });

  it('without a previous file builds exactly as a fresh build, with no rebuild fields', () => {
    const fresh = runPipeline(readInputs(['seeds'], REPO_ROOT)).graph;
    expect(serialize(fresh)).toBe(serialize(base));
    expect(fresh.changes).toBeUndefined();
    expect(fresh.layout.previous).toBeUndefined();
    expect(fresh.authors.some((a) => a.new) || fresh.papers.some((p) => p.new)).toBe(false);
    // --fresh ignores the file at --out: the same bytes as a first build.
    const out = path.join(scratch, 'fresh.json');
    writeFileSync(out, serialize(build(REPO_ROOT, ['seeds', bib], base).graph));
    expect(cli(['seeds', '--out', out, '--fresh']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(serialize(base));
  });

  it('writes the same file byte for byte when the inputs did not change (npm start twice)', () => {
    const out = path.join(scratch, 'twice.json');
    expect(cli(['seeds', '--out', out]).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).toBe(serialize(base));
    const second = cli(['seeds', '--out', out], false);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Since the last build: no change');
    expect(readFileSync(out, 'utf8')).toBe(first);
    // After a real change, a further unchanged rebuild keeps that file (and its marks) too.
    expect(cli(['seeds', bib, '--out', out]).code).toBe(0);
    const changed = readFileSync(out, 'utf8');
    expect(changed).not.toBe(first);
    expect(cli(['seeds', bib, '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(changed);
  });

  it('marks what is new in the graph file, and the file keeps the contract', () => {
    const graph = build(REPO_ROOT, ['seeds', bib], base).graph;
    expect(graph.papers.filter((p) => p.new).map((p) => p.title)).toEqual([
      'Keeping the Picture, Part 1: Anchored Layouts of Growing Coauthor Graphs',
    ]);
    expect(graph.authors.filter((a) => a.new).map((a) => a.name)).toEqual(['Ilse Brandauer']);
    expect(graph.changes).toMatchObject({
      version: 1,
      papers: { added: 1, removed: 0 },
      authors: { added: 1, removed: 0 },
    });
    expect(graph.layout.previous).toBe(graph.changes!.previous);
    const file = path.join(scratch, 'marked.json');
    writeFileSync(file, serialize(graph));
    const output = execFileSync('python3', [contractChecker(), file], { encoding: 'utf8' });
    expect(output).toContain('contract holds');
  });

  it('ignores an unreadable or invalid previous file with one warning line', () => {
    const broken = path.join(scratch, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 2, "authors": 3');
    const out = path.join(scratch, 'after-broken.json');
    const run = cli(['seeds', '--out', out, '--previous', broken], false);
    expect(run.code).toBe(0);
    const lines = run.stderr.filter((l) => l.includes('previous graph file ignored'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^.*broken\.json:1: warning: previous graph file ignored \(/);
    expect(readFileSync(out, 'utf8')).toBe(serialize(base));
    const missing = cli(['seeds', '--out', out, '--previous', path.join(scratch, 'nope.json')]);
    expect(missing.stderr.filter((l) => l.includes('ENOENT'))).toHaveLength(1);
  });
});

describe('community colours across a rebuild', () => {
  it('hints the slots the previous build showed, for the communities that persist', () => {
    const base = build(REPO_ROOT, ['seeds']).graph;
    const bib = path.join(scratch, 'communities.bib');
    writeFileSync(bib, newPapersBibtex(base, 1));
    const after = build(REPO_ROOT, ['seeds', bib], base).graph;
    expect(after.authors.every((a) => Number.isInteger(a.community))).toBe(true);
    const before = new Map<string, number>();
    for (const c of shownCommunities(base)) for (const id of c.members) before.set(id, c.slot);
    const kept = after.authors.filter((a) => before.get(a.id) === a.community).length;
    expect(kept / base.authors.length).toBeGreaterThan(0.9);
    // The page clusters the new file itself and matches its partition against the hints:
    // the same graph gives back the hinted slots.
    const again = shownCommunities({
      ...after,
      authors: after.authors.map(({ community: _c, ...a }) => a),
    });
    const hinted = shownCommunities(after);
    const slotOf = new Map<string, number>();
    for (const c of hinted) for (const id of c.members) slotOf.set(id, c.slot);
    const groups = again.map((c) => c.members);
    const slots = assignSlots(groups, hinted);
    groups.forEach((members, i) => {
      for (const id of members) expect(slots[i]).toBe(slotOf.get(id));
    });
  });
});

describe('who is who across builds', () => {
  it('matches by id, then by a spelling shared with exactly one previous person', () => {
    const previous = [
      { id: 'a-smith', name: 'A. Smith', aliases: ['Alice Smith'] },
      { id: 'j-doe', name: 'J. Doe', aliases: [] },
      { id: 'j-doe-2', name: 'J. Doé', aliases: [] },
      { id: 'kept', name: 'Kept Person', aliases: [] },
    ];
    const current = [
      { id: 'alice-smith', name: 'Alice Smith', aliases: ['A. Smith'] },
      { id: 'john-doe', name: 'John Doe', aliases: ['J. Doe'] },
      { id: 'kept', name: 'Kept Person', aliases: [] },
    ];
    const match = matchPeople(current, previous);
    expect(match.get('alice-smith')).toBe('a-smith');
    // `J. Doe` folds like `J. Doé`: two previous people, not guessed.
    expect(match.has('john-doe')).toBe(false);
    expect(match.get('kept')).toBe('kept');
  });

  it('keeps a renamed person in place', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-renamed-'));
    const first = path.join(dir, 'lab.bib');
    writeFileSync(
      first,
      '@article{a, title={One}, author={Doe, J. and Roe, Richard and Poe, Edgar}, year=2020}\n' +
        '@article{b, title={Two}, author={Roe, Richard and Poe, Edgar and Moe, Anna}, year=2021}\n',
    );
    const before = build(dir, ['lab.bib']).graph;
    writeFileSync(
      path.join(dir, 'more.bib'),
      '@article{c, title={Three}, author={Doe, Jane and Roe, Richard}, year=2022}\n',
    );
    const after = build(dir, ['lab.bib', 'more.bib'], before);
    const renamed = after.result.report.changes!.people.renamed;
    expect(renamed).toEqual([
      { id: 'jane-doe', previousId: 'j-doe', name: 'Jane Doe', previousName: 'J. Doe' },
    ]);
    const was = before.authors.find((a) => a.id === 'j-doe')!;
    const now = after.graph.authors.find((a) => a.id === 'jane-doe')!;
    expect(now.new).toBeUndefined();
    expect(Math.hypot(now.x - was.x, now.y - was.y)).toBeLessThan(50);
  });
});

describe('alignment', () => {
  it('undoes a rotation, scale and shift of the shared people', () => {
    const target = Float64Array.from([0, 0, 10, 0, 0, 5, 3, 3]);
    const turned = new Float64Array(8);
    for (let i = 0; i < 4; i++) {
      const [x, y] = [target[2 * i]!, target[2 * i + 1]!];
      turned[2 * i] = 2 * (x * Math.cos(1) - y * Math.sin(1)) + 7;
      turned[2 * i + 1] = 2 * (x * Math.sin(1) + y * Math.cos(1)) - 4;
    }
    alignTo(turned, target, [true, true, true, false]);
    for (let i = 0; i < 8; i++) expect(turned[i]).toBeCloseTo(target[i]!, 9);
  });
});

describe('the summary line', () => {
  const changes = (
    papers: [number, number],
    people: [number, number],
    links: [number, number],
  ): NonNullable<Parameters<typeof sinceLastBuild>[0]['changes']> => {
    const list = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);
    const link = { source: 'a', target: 'b', names: ['A', 'B'] as [string, string] };
    return {
      previous: { file: 'graph.json', fingerprint: '0' },
      unchanged: false,
      papers: {
        added: list(papers[0], { id: 'p', title: 'P' }),
        removed: list(papers[1], { id: 'p', title: 'P' }),
      },
      people: {
        added: list(people[0], { id: 'a', name: 'A' }),
        removed: list(people[1], { id: 'a', name: 'A' }),
        renamed: [],
      },
      collaborations: { added: list(links[0], link), removed: list(links[1], link) },
    };
  };
  it('counts what was added and removed', () => {
    expect(sinceLastBuild({ changes: changes([1, 0], [1, 0], [2, 0]) })).toBe(
      'Since the last build: +1 paper, +1 person, +2 collaborations',
    );
    expect(sinceLastBuild({ changes: changes([0, 1], [0, 2], [0, 1]) })).toBe(
      'Since the last build: \u22121 paper, \u22122 people, \u22121 collaboration',
    );
    expect(sinceLastBuild({ changes: changes([0, 0], [0, 0], [0, 0]) })).toBe(
      'Since the last build: no change',
    );
  });
});
