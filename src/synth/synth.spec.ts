import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../ingest/formats/detect';
import { splitLines } from '../ingest/formats/lines';
import { runPipeline } from '../ingest/pipeline';
import type { SourceRef } from '../model/types';
import { Random } from '../util/random';
import { SYNTH_SIZES, generateListings } from './index';
import { generateWorld } from './world';

const digest = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');
const key = (ref: SourceRef): string => `${ref.file}:${ref.line}`;

describe('synthetic listings', () => {
  const small = generateListings({ papers: 400, seed: 3 });

  it('are deterministic for a seed, and differ between seeds', () => {
    expect(digest(generateListings({ papers: 400, seed: 3 }))).toBe(digest(small));
    expect(digest(generateListings({ papers: 400, seed: 4 }))).not.toBe(digest(small));
  });

  it('list every promised paper at least once, in all three formats', () => {
    expect(small.truth.papers).toHaveLength(400);
    for (const paper of small.truth.papers) {
      expect(
        paper.sources.some((s) => s.file.startsWith('profile-') || s.file.startsWith('cluster-')),
      ).toBe(true);
    }
    const formats = new Set(small.files.map((f) => detectFormat(splitLines(f.text)).format?.id));
    expect(formats).toEqual(new Set(['profile-listing', 'author-cluster', 'abstract-list']));
  });

  it('have the structure of real listings: shared papers, abstract-only entries, orphans', () => {
    const multi = small.truth.papers.filter((p) => p.sources.length > 1).length;
    expect(multi / small.truth.papers.length).toBeGreaterThan(0.3);
    const abstractOnly = small.truth.papers.filter((p) =>
      p.sources.some((s) => s.file.startsWith('abstracts-')),
    );
    expect(abstractOnly.length).toBeGreaterThan(10);
    expect(small.truth.unmatched.length).toBeGreaterThan(0);
  });

  it('promise M = 10,000 and L = 100,000 papers', () => {
    expect(SYNTH_SIZES).toEqual({ M: 10_000, L: 100_000 });
    const world = generateWorld(SYNTH_SIZES.M, new Random(1));
    expect(world.papers).toHaveLength(10_000);
  });

  it('model skewed productivity, 2 to 30 authors per paper, and bridges between groups', () => {
    const world = generateWorld(3000, new Random(5));
    const sizes = world.papers.map((p) => p.authors.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(30);
    expect(sizes.filter((n) => n > 10).length).toBeGreaterThan(0);
    const perPerson = new Map<string, number>();
    for (const paper of world.papers)
      for (const a of paper.authors) perPerson.set(a.id, (perPerson.get(a.id) ?? 0) + 1);
    const counts = [...perPerson.values()].sort((a, b) => b - a);
    const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((s, n) => s + n, 0);
    const all = counts.reduce((s, n) => s + n, 0);
    expect(top / all).toBeGreaterThan(0.4);
    expect(counts[0]).toBeGreaterThan(100);
    const groupOf = new Map(
      world.groups.flatMap((g) => [g.leader, ...g.members].map((p) => [p.id, g.index])),
    );
    const bridges = world.papers.filter(
      (p) => new Set(p.authors.flatMap((a) => groupOf.get(a.id) ?? [])).size > 1,
    );
    expect(bridges.length / world.papers.length).toBeGreaterThan(0.1);
  });
});

describe('the build step against the generator’s truth', () => {
  const { files, truth } = generateListings({ papers: 500, seed: 11 });
  const { graph, report, errors } = runPipeline({
    sources: files.map((f) => ({ file: f.name, text: f.text })),
    aliasFiles: [],
  });

  it('reads everything without errors and accounts for every entry', () => {
    expect(errors).toEqual([]);
    const entries =
      truth.papers.reduce((n, p) => n + p.sources.length, 0) +
      truth.unmatched.reduce((n, u) => n + u.sources.length, 0);
    expect(report.accounting).toMatchObject({ entriesRead: entries, balanced: true, rejected: 0 });
  });

  it('recovers every paper: one output paper per generated paper, with exactly its entries', () => {
    const paperOf = new Map(
      graph.papers.flatMap((p) => p.sources.map((s) => [key(s), p] as const)),
    );
    expect(graph.papers).toHaveLength(truth.papers.length);
    for (const expected of truth.papers) {
      const found = new Set(expected.sources.map((s) => paperOf.get(key(s))));
      expect(found.size, expected.id).toBe(1);
      const paper = [...found][0]!;
      expect(paper.sources.map(key).sort(), expected.id).toEqual(expected.sources.map(key).sort());
    }
  });

  it('recovers every person: all their spellings on one author, no author shared by two people', () => {
    const authorOf = new Map(
      graph.authors.flatMap((a) => [a.name, ...a.aliases].map((s) => [s, a.id] as const)),
    );
    const claimed = new Map<string, string>();
    for (const person of truth.people) {
      const ids = new Set(person.spellings.map((s) => authorOf.get(s)));
      expect(ids.size, person.spellings.join(' / ')).toBe(1);
      const id = [...ids][0]!;
      expect(claimed.get(id), `${id} claimed twice`).toBeUndefined();
      claimed.set(id, person.id);
    }
    expect(graph.authors).toHaveLength(truth.people.length);
  });

  it('gives each paper the authors its listings show', () => {
    const idOf = new Map(
      graph.authors.flatMap((a) => [a.name, ...a.aliases].map((s) => [s, a.id] as const)),
    );
    const personToAuthor = new Map(truth.people.map((p) => [p.id, idOf.get(p.spellings[0]!)!]));
    const paperOf = new Map(
      graph.papers.flatMap((p) => p.sources.map((s) => [key(s), p] as const)),
    );
    for (const expected of truth.papers) {
      const paper = paperOf.get(key(expected.sources[0]!))!;
      expect([...paper.authors].sort()).toEqual(
        expected.authors.map((id) => personToAuthor.get(id)!).sort(),
      );
    }
  });

  it('keeps orphan abstracts as unmatched records, versions together', () => {
    const recordOf = new Map(
      graph.unmatched.flatMap((u, i) =>
        [u, ...(u.otherSources ?? [])].map((s) => [key(s), i] as const),
      ),
    );
    expect(graph.unmatched).toHaveLength(truth.unmatched.length);
    for (const orphan of truth.unmatched) {
      expect(new Set(orphan.sources.map((s) => recordOf.get(key(s)))).size).toBe(1);
    }
  });
});
