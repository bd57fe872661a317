/**
 * A build against the previous graph file (issue 14): where everyone stood, what changed, and
 * the graph file marked with it. When nothing at all changed, the previous file is written
 * back as it was, so `npm start` twice leaves `public/graph.json` byte for byte the same.
 */
import type { AuthorRecord, GraphFile, PaperRecord } from '../../model/types';
import type { BuildChanges, ReportIssue } from '../report/types';
import { communityHints } from './communities';
import { diffGraphs, isUnchanged } from './diff';
import { readPrevious, type PreviousBuild, type PreviousSource } from './previous';

export interface Rebuild {
  previous: PreviousBuild;
  /** Previous position of each author of this build who was in the previous one (by new id). */
  positions: Map<string, { x: number; y: number }>;
  /** Nobody and nothing added or removed: everyone keeps their exact place. */
  unchanged: boolean;
  /**
   * Start the layout from the previous positions: at least half of this build's people were
   * in the previous one. Fewer, and the inputs are another map: a fresh layout is better.
   */
  warm: boolean;
  report: BuildChanges;
  /** Marks what is new and adds the `changes` block; or the previous file, when nothing differs. */
  mark: (graph: GraphFile) => GraphFile;
}

type Built = {
  authors: readonly Pick<AuthorRecord, 'id' | 'name' | 'aliases'>[];
  papers: readonly Pick<PaperRecord, 'id' | 'title' | 'authors'>[];
};

export function compareWithPrevious(
  source: PreviousSource,
  built: Built,
  issues: ReportIssue[],
): Rebuild | undefined {
  const previous = readPrevious(source, issues);
  if (!previous) return undefined;
  const diff = diffGraphs(built, previous.graph);
  const where = new Map(previous.graph.authors.map((a) => [a.id, { x: a.x, y: a.y }]));
  const positions = new Map<string, { x: number; y: number }>();
  for (const [now, before] of diff.people) positions.set(now, where.get(before)!);
  const unchanged = isUnchanged(diff);
  const newPapers = new Set(diff.papersAdded.map((p) => p.id));
  const report: BuildChanges = {
    previous: { file: previous.file, fingerprint: previous.fingerprint },
    unchanged,
    papers: { added: diff.papersAdded, removed: diff.papersRemoved },
    people: {
      added: diff.authorsAdded,
      removed: diff.authorsRemoved,
      renamed: diff.authorsRenamed,
    },
    collaborations: { added: diff.collaborationsAdded, removed: diff.collaborationsRemoved },
  };
  const mark = (graph: GraphFile): GraphFile => {
    if (unchanged && sameContent(graph, previous.graph)) return previous.graph;
    const hints = communityHints(graph, previous.graph, diff.people);
    return {
      ...graph,
      authors: graph.authors.map((a) => {
        const slot = hints?.get(a.id);
        return {
          ...a,
          ...(diff.people.has(a.id) ? {} : { new: true as const }),
          ...(slot !== undefined ? { community: slot } : {}),
        };
      }),
      papers: graph.papers.map((p) => (newPapers.has(p.id) ? { ...p, new: true } : p)),
      changes: {
        version: 1,
        previous: previous.fingerprint,
        papers: { added: diff.papersAdded.length, removed: diff.papersRemoved.length },
        authors: { added: diff.authorsAdded.length, removed: diff.authorsRemoved.length },
        collaborations: {
          added: diff.collaborationsAdded.length,
          removed: diff.collaborationsRemoved.length,
        },
      },
    };
  };
  const warm = positions.size > 0 && 2 * positions.size >= built.authors.length;
  return { previous, positions, unchanged, warm, report, mark };
}

/**
 * The same graph but for what a rebuild itself writes (positions, layout info, the marks of
 * what changed): the inputs did not change, so neither does the file.
 */
function sameContent(built: GraphFile, previous: GraphFile): boolean {
  const strip = (g: GraphFile): string => {
    const { layout: _layout, changes: _changes, authors, papers, ...rest } = g;
    return JSON.stringify({
      ...rest,
      authors: authors.map(({ x: _x, y: _y, new: _new, community: _community, ...a }) => a),
      papers: papers.map(({ new: _new, ...p }) => p),
    });
  };
  return strip(built) === strip(previous);
}
