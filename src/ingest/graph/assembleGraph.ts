/**
 * The graph file from the stages' results: records with their positions and roster entries,
 * the sources read, unmatched records, the layout's parameters.
 */
import { SCHEMA_VERSION, type GraphFile, type UnmatchedRecord } from '../../model/types';
import type { Rebuild } from '../changes/rebuild';
import type { FileReport } from '../report/types';
import type { LayoutResult } from '../layout/layoutGraph';
import type { UnmatchedGroup } from '../papers/types';
import type { RosterResult } from '../roster';
import type { BuiltGraph } from './buildGraph';

export const GENERATOR = 'coauthor-atlas build 1';

export function unmatchedRecords(groups: readonly UnmatchedGroup[]): UnmatchedRecord[] {
  return groups.map((group) => {
    const [first, ...rest] = group.entries;
    return {
      file: first!.ref.file,
      line: first!.ref.line,
      text: first!.abstract ?? first!.title ?? '',
      reason: group.reason,
      ...(rest.length > 0 ? { otherSources: rest.map((e) => e.ref) } : {}),
    };
  });
}

export function assembleGraph(input: {
  built: BuiltGraph;
  layout: LayoutResult;
  layoutSeed: number;
  /** Papers with more distinct authors make no links (`papers[].linked: false`). */
  maxLinkedAuthors: number;
  roster: RosterResult;
  files: readonly FileReport[];
  parsedFiles: ReadonlySet<string>;
  unmatched: UnmatchedRecord[];
  rebuild: Rebuild | undefined;
}): GraphFile {
  const { built, layout, roster, rebuild } = input;
  const fromInputs: GraphFile = {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    owners: built.owners,
    sources: input.files
      .filter((f) => input.parsedFiles.has(f.file))
      .map((f) => ({
        file: f.file,
        format: f.format,
        entries: f.entries,
        ...(f.owner ? { owner: f.owner } : {}),
      })),
    authors: built.authors.map((a) => {
      const entry = roster.entries.get(a.id);
      return {
        ...a,
        ...(entry ? { roster: entry } : {}),
        ...(layout.positions.get(a.id) ?? { x: 0, y: 0 }),
      };
    }),
    papers: built.papers,
    unmatched: input.unmatched,
    layout: {
      algorithm: 'forceatlas2',
      seed: input.layoutSeed,
      iterations: layout.iterations,
      ...(rebuild?.warm ? { previous: rebuild.previous.fingerprint } : {}),
    },
    ...(roster.info ? { roster: roster.info } : {}),
    maxLinkedAuthors: input.maxLinkedAuthors,
  };
  return rebuild ? rebuild.mark(fromInputs) : fromInputs;
}
