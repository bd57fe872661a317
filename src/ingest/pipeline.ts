/**
 * The build step as a pipeline of stages, each a pure function with its value and its
 * problems (`stages.ts`): parse → resolve papers → resolve people → build graph (+ roster) →
 * layout (from the previous positions when there are some) → report. The read stage before it
 * and the write stage after it are the only ones that touch the disk (`read/`, `write/`).
 */
import { compareText } from '../text/compare';
import type { GraphFile } from '../model/types';
import type { ListingEntry, ListingSource, SourceText } from './formats/types';
import { assembleGraph, unmatchedRecords } from './graph/assembleGraph';
import { DEFAULT_MAX_LINKED_AUTHORS, markUnlinked } from '../model/linking';
import { buildGraph } from './graph/buildGraph';
import { layoutGraph, LAYOUT_SEED } from './layout/layoutGraph';
import { compareWithPrevious, type Rebuild } from './changes/rebuild';
import type { PreviousSource } from './changes/previous';
import { parseSources, type ParsedInputs } from './parse/parseSource';
import { resolvePapers } from './papers/resolvePapers';
import { loadAliasTables, type AliasTable } from './people/aliases';
import { resolvePeopleOfEntries } from './people/peopleOfEntries';
import { accountFor } from './report/accounting';
import { assembleReport } from './report/assembleReport';
import { applyRosters } from './roster';
import type { BuildReport, ReportIssue } from './report/types';
import type { UnusableFile } from './report/unusableFiles';
import type { ProgressListener } from './stages';

export { GENERATOR } from './graph/assembleGraph';
export { parseSource } from './parse/parseSource';
export type { ProgressListener } from './stages';

export interface PipelineInput {
  /** Listings with their texts, or left on disk by the read stage and read as they are parsed. */
  sources: readonly ListingSource[];
  aliasFiles: readonly SourceText[];
  /** Lab rosters (`--roster`, or roster.csv in an input folder). */
  rosterFiles?: readonly SourceText[];
  skipped?: readonly { file: string; reason: string }[];
  /** Files the read stage could not use (binary, unreadable). */
  unusable?: readonly UnusableFile[];
  issues?: readonly ReportIssue[];
  /**
   * The previous graph file (issue 14): its people keep their places, and the build says what
   * changed since. Absent: a fresh, seeded layout, byte for byte what builds always wrote.
   */
  previous?: PreviousSource;
  /** Papers with more distinct authors are not linked (`--max-linked-authors`, default 25). */
  maxLinkedAuthors?: number;
}

export interface PipelineResult {
  graph: GraphFile;
  report: BuildReport;
  /** Issues of severity `error`: some input could not be used. */
  errors: ReportIssue[];
}

/**
 * What the parse stage leaves for the rest of the pipeline: everything but the files' texts.
 * Entries hold copies of their own (`util/ownCopy.ts`), so once a caller drops its input the
 * texts can be freed; at L that is 450 MB of heap for the rest of the build.
 */
export interface ParsedPipelineInput {
  parsed: ParsedInputs;
  aliases: AliasTable | undefined;
  aliasFiles: string[];
  issues: ReportIssue[];
  rosterFiles: readonly SourceText[];
  previous?: PreviousSource;
  maxLinkedAuthors?: number;
}

/** The parse stage, and the alias tables beside it. */
export function parsePipelineInput(
  input: PipelineInput,
  progress: ProgressListener = () => {},
): ParsedPipelineInput {
  const issues: ReportIssue[] = [...(input.issues ?? [])];
  // Same inputs, same output: the order the user named files in must not matter.
  const sources = [...input.sources].sort(byFile);
  progress('parse', `${sources.length} files`);
  const parsed = parseSources({ ...input, sources });
  issues.push(...parsed.problems);
  const aliasFiles = [...input.aliasFiles].sort(byFile);
  const aliases = loadAliasTables(aliasFiles);
  issues.push(...aliases.problems);
  return {
    parsed: parsed.value,
    aliases: aliases.value,
    aliasFiles: aliasFiles.map((f) => f.file),
    issues,
    rosterFiles: [...(input.rosterFiles ?? [])].sort(byFile),
    ...(input.previous ? { previous: input.previous } : {}),
    ...(input.maxLinkedAuthors !== undefined ? { maxLinkedAuthors: input.maxLinkedAuthors } : {}),
  };
}

function byFile(a: { file: string }, b: { file: string }): number {
  return compareText(a.file, b.file);
}

/** Every stage; the command line runs the two halves itself so the texts go after the first. */
export function runPipeline(
  input: PipelineInput,
  progress: ProgressListener = () => {},
): PipelineResult {
  return runParsedPipeline(parsePipelineInput(input, progress), progress);
}

/** Every stage after parsing: resolve papers and people, build the graph, lay it out, report. */
export function runParsedPipeline(
  input: ParsedPipelineInput,
  progress: ProgressListener = () => {},
): PipelineResult {
  const issues = [...input.issues];
  const { listings, files } = input.parsed;
  const entries: ListingEntry[] = listings.flatMap((l) => l.entries);
  const aliases = input.aliases;
  const owners = listings.flatMap((l) => (l.owner ? [l.owner] : []));

  progress('resolve papers', `${entries.length} entries`);
  const papers = resolvePapers(entries, { owners, aliases });
  issues.push(...papers.issues);

  progress('resolve people');
  const { people, peopleOf } = resolvePeopleOfEntries(papers.papers, entries, aliases);

  progress('build graph');
  const built = buildGraph(papers.papers, people, owners, peopleOf);
  const referenceYear = built.papers.reduce<number | null>(
    (max, p) => (p.year !== null && (max === null || p.year > max) ? p.year : max),
    null,
  );
  const roster = applyRosters(input.rosterFiles, people.people, aliases, referenceYear, issues);
  const rebuild: Rebuild | undefined = input.previous
    ? compareWithPrevious(input.previous, built, issues)
    : undefined;

  const maxLinkedAuthors = input.maxLinkedAuthors ?? DEFAULT_MAX_LINKED_AUTHORS;
  const linking = markUnlinked(built.papers, maxLinkedAuthors);

  progress(
    'layout',
    `${built.authors.length} authors, ${built.papers.length} papers${rebuild?.warm ? ', from the previous positions' : ''}`,
  );
  const layout = layoutGraph(
    built.authors,
    linking.papers,
    LAYOUT_SEED,
    rebuild?.warm ? { previous: rebuild.positions, keep: rebuild.unchanged } : undefined,
  );
  const graph = assembleGraph({
    built: { ...built, papers: linking.papers },
    layout,
    layoutSeed: LAYOUT_SEED,
    maxLinkedAuthors,
    roster,
    files,
    parsedFiles: new Set(listings.map((l) => l.file)),
    unmatched: unmatchedRecords(papers.unmatched),
    rebuild,
  });

  progress('report');
  const report = assembleReport({
    graph,
    files,
    listings: listings.length,
    collaborations: layout.collaborations,
    accounting: accountFor({
      listings,
      papers,
      paperIds: built.paperIds,
      entries,
      peopleOf: (entry) => peopleOf(entry),
    }),
    papers,
    people,
    linking: { unlinkedPapers: linking.unlinked, maxLinkedAuthors },
    aliasFiles: input.aliasFiles,
    issues,
    rebuild,
  });
  return { graph, report, errors: issues.filter((i) => i.severity === 'error') };
}
