/**
 * What a rebuild changed: papers, people and collaborations added and removed against the
 * previous graph file. Papers are matched by id (a hash of the title's key), then by the same
 * folded title; people by `matchPeople`. A collaboration is a pair of people (as matched).
 */
import type { AuthorRecord, GraphFile, PaperRecord } from '../../model/types';
import { fold } from '../../text/fold';
import { matchPeople } from './matchPeople';

export interface PaperRef {
  id: string;
  title: string;
}
export interface PersonRef {
  id: string;
  name: string;
}
export interface CollaborationRef {
  /** Author ids (of this build when added, of the previous build when removed). */
  source: string;
  target: string;
  names: [string, string];
}

export interface GraphDiff {
  /** New author id → previous author id, for everyone in both. */
  people: Map<string, string>;
  papersAdded: PaperRef[];
  papersRemoved: PaperRef[];
  authorsAdded: PersonRef[];
  authorsRemoved: PersonRef[];
  /** A person in both whose display name is not what it was. */
  authorsRenamed: { id: string; previousId: string; name: string; previousName: string }[];
  collaborationsAdded: CollaborationRef[];
  collaborationsRemoved: CollaborationRef[];
}

type Papers = readonly Pick<PaperRecord, 'id' | 'title' | 'authors'>[];
type People = readonly Pick<AuthorRecord, 'id' | 'name' | 'aliases'>[];

function matchPapers(
  current: Papers,
  previous: Papers,
): { matched: Set<string>; usedPrevious: Set<string> } {
  const previousIds = new Set(previous.map((p) => p.id));
  const matched = new Set<string>();
  const usedPrevious = new Set<string>();
  for (const paper of current) {
    if (previousIds.has(paper.id)) {
      matched.add(paper.id);
      usedPrevious.add(paper.id);
    }
  }
  const byTitle = new Map<string, string[]>();
  for (const paper of previous) {
    if (usedPrevious.has(paper.id)) continue;
    const key = fold(paper.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), paper.id]);
  }
  for (const paper of current) {
    if (matched.has(paper.id)) continue;
    const candidate = (byTitle.get(fold(paper.title)) ?? []).find((id) => !usedPrevious.has(id));
    if (candidate === undefined) continue;
    matched.add(paper.id);
    usedPrevious.add(candidate);
  }
  return { matched, usedPrevious };
}

function pairs(papers: Papers, rename: (id: string) => string): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const paper of papers) {
    const authors = [...new Set(paper.authors.map(rename))].sort();
    for (let i = 0; i < authors.length; i++)
      for (let j = i + 1; j < authors.length; j++)
        out.set(`${authors[i]}\u0000${authors[j]}`, [authors[i]!, authors[j]!]);
  }
  return out;
}

export function diffGraphs(
  current: { authors: People; papers: Papers },
  previous: Pick<GraphFile, 'authors' | 'papers'>,
): GraphDiff {
  const people = matchPeople(current.authors, previous.authors);
  const matchedPrevious = new Set(people.values());
  const papers = matchPapers(current.papers, previous.papers);
  const previousName = new Map(previous.authors.map((a) => [a.id, a.name]));
  const currentName = new Map(current.authors.map((a) => [a.id, a.name]));

  // Collaborations compared in previous ids; a newcomer keeps a key no previous id can have.
  const asPrevious = (id: string): string => people.get(id) ?? `\u0001${id}`;
  const before = pairs(previous.papers, (id) => id);
  const after = pairs(current.papers, asPrevious);
  const previousOf = new Map([...people].map(([now, before]) => [before, now]));
  const currentId = (key: string): string =>
    key.startsWith('\u0001') ? key.slice(1) : (previousOf.get(key) ?? key);
  const collaborationsAdded: CollaborationRef[] = [];
  for (const [key, [a, b]] of after) {
    if (before.has(key)) continue;
    const [source, target] = [currentId(a), currentId(b)].sort() as [string, string];
    collaborationsAdded.push({
      source,
      target,
      names: [currentName.get(source) ?? source, currentName.get(target) ?? target],
    });
  }
  const collaborationsRemoved: CollaborationRef[] = [];
  for (const [key, [a, b]] of before) {
    if (after.has(key)) continue;
    collaborationsRemoved.push({
      source: a,
      target: b,
      names: [previousName.get(a) ?? a, previousName.get(b) ?? b],
    });
  }
  const byId = (x: { id: string }, y: { id: string }): number =>
    x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  return {
    people,
    papersAdded: current.papers
      .filter((p) => !papers.matched.has(p.id))
      .map((p) => ({ id: p.id, title: p.title })),
    papersRemoved: previous.papers
      .filter((p) => !papers.usedPrevious.has(p.id))
      .map((p) => ({ id: p.id, title: p.title })),
    authorsAdded: current.authors
      .filter((a) => !people.has(a.id))
      .map((a) => ({ id: a.id, name: a.name })),
    authorsRemoved: previous.authors
      .filter((a) => !matchedPrevious.has(a.id))
      .map((a) => ({ id: a.id, name: a.name })),
    authorsRenamed: current.authors.flatMap((a) => {
      const before = people.get(a.id);
      const name = before === undefined ? undefined : previousName.get(before);
      return before !== undefined && name !== undefined && name !== a.name
        ? [{ id: a.id, previousId: before, name: a.name, previousName: name }]
        : [];
    }),
    collaborationsAdded: collaborationsAdded.sort(
      (x, y) =>
        byId({ id: x.source }, { id: y.source }) || byId({ id: x.target }, { id: y.target }),
    ),
    collaborationsRemoved: collaborationsRemoved.sort(
      (x, y) =>
        byId({ id: x.source }, { id: y.source }) || byId({ id: x.target }, { id: y.target }),
    ),
  };
}

export function isUnchanged(diff: GraphDiff): boolean {
  return (
    diff.papersAdded.length === 0 &&
    diff.papersRemoved.length === 0 &&
    diff.authorsAdded.length === 0 &&
    diff.authorsRemoved.length === 0 &&
    diff.collaborationsAdded.length === 0 &&
    diff.collaborationsRemoved.length === 0
  );
}
