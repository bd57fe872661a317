/**
 * The build step as a pipeline of small stages:
 * (read) → detect format → parse → resolve papers → resolve authors → build graph → lay out → (write).
 * Everything here is pure: texts in, graph file and report out.
 */
import { compareText } from '../text/compare';
import { SCHEMA_VERSION, type GraphFile, type UnmatchedRecord } from '../model/types';
import { detectFormat, knownFormatsHint } from './formats/detect';
import { excerpt, splitLines } from './formats/lines';
import type { ListingEntry, ParsedListing, SourceText } from './formats/types';
import { buildGraph } from './graph/buildGraph';
import { layoutGraph, LAYOUT_SEED } from './layout/layoutGraph';
import { resolvePapers } from './papers/resolvePapers';
import {
  AliasFileError,
  mergeAliasTables,
  parseAliasFile,
  type AliasTable,
} from './people/aliases';
import { resolveAuthors, type NameOccurrence } from './people/resolveAuthors';
import { accountFor } from './report/accounting';
import type { BuildReport, FileReport, ReportIssue } from './report/types';

export const GENERATOR = 'coauthor-atlas build 1';

export interface PipelineInput {
  sources: readonly SourceText[];
  aliasFiles: readonly SourceText[];
  skipped?: readonly { file: string; reason: string }[];
  issues?: readonly ReportIssue[];
}

export interface PipelineResult {
  graph: GraphFile;
  report: BuildReport;
  /** Issues of severity `error`: some input could not be used. */
  errors: ReportIssue[];
}

export type ProgressListener = (stage: string, detail?: string) => void;

export function parseSource(source: SourceText): {
  listing?: ParsedListing;
  file: FileReport;
  issues: ReportIssue[];
} {
  const lines = splitLines(source.text);
  if (source.text.trim() === '') {
    return {
      file: { file: source.file, format: 'empty', confidence: 0, entries: 0, rejected: 0 },
      issues: [{ file: source.file, line: 1, severity: 'error', message: 'empty file' }],
    };
  }
  const { format, confidence } = detectFormat(lines);
  if (!format) {
    const first = lines.findIndex((l) => l.trim() !== '');
    return {
      file: { file: source.file, format: 'unknown', confidence, entries: 0, rejected: 0 },
      issues: [
        {
          file: source.file,
          line: first + 1,
          severity: 'error',
          message: `unknown listing format (starts "${excerpt(lines[first] ?? '', 40)}"); ${knownFormatsHint()}`,
        },
      ],
    };
  }
  const listing = format.parse(source, lines);
  const issues: ReportIssue[] = [...listing.issues];
  if (listing.entries.length === 0 && listing.rejected.length === 0) {
    issues.push({
      file: source.file,
      line: 1,
      severity: 'warning',
      message: `${format.label} with no entries`,
    });
  }
  return {
    listing,
    issues,
    file: {
      file: source.file,
      format: format.id,
      confidence,
      ...(listing.owner ? { owner: listing.owner } : {}),
      ...(listing.claimedCount !== undefined ? { claimedCount: listing.claimedCount } : {}),
      entries: listing.entries.length,
      rejected: listing.rejected.length,
    },
  };
}

function loadAliases(files: readonly SourceText[], issues: ReportIssue[]): AliasTable | undefined {
  const tables: AliasTable[] = [];
  for (const file of files) {
    try {
      tables.push(parseAliasFile(file.file, file.text));
    } catch (error) {
      if (!(error instanceof AliasFileError)) throw error;
      issues.push({
        file: error.file,
        line: error.line,
        severity: 'error',
        message: error.message.replace(`${error.file}:${error.line}: `, ''),
      });
    }
  }
  return mergeAliasTables(tables);
}

export function runPipeline(
  input: PipelineInput,
  progress: ProgressListener = () => {},
): PipelineResult {
  const issues: ReportIssue[] = [...(input.issues ?? [])];
  const files: FileReport[] = (input.skipped ?? []).map((s) => ({
    file: s.file,
    format: 'skipped',
    confidence: 0,
    entries: 0,
    rejected: 0,
    note: s.reason,
  }));

  // Same inputs, same output: the order the user named files in must not matter.
  const byFile = (a: SourceText, b: SourceText): number => compareText(a.file, b.file);
  const sources = [...input.sources].sort(byFile);
  const aliasFiles = [...input.aliasFiles].sort(byFile);

  progress('parse', `${sources.length} files`);
  const listings: ParsedListing[] = [];
  for (const source of sources) {
    const parsed = parseSource(source);
    files.push(parsed.file);
    issues.push(...parsed.issues);
    if (parsed.listing) listings.push(parsed.listing);
  }
  const entries: ListingEntry[] = listings.flatMap((l) => l.entries);

  progress('resolve papers', `${entries.length} entries`);
  const papers = resolvePapers(entries);
  issues.push(...papers.issues);

  progress('resolve people');
  const aliases = loadAliases(aliasFiles, issues);
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const occurrences: NameOccurrence[] = papers.papers.flatMap((cluster, paper) =>
    cluster.entries.flatMap((entry) =>
      entry.authors.map((spelling) => ({ spelling, paper, byline: entryIndex.get(entry) ?? -1 })),
    ),
  );
  const people = resolveAuthors(occurrences, aliases);

  progress('build graph');
  const owners = listings.flatMap((l) => (l.owner ? [l.owner] : []));
  const built = buildGraph(papers.papers, people, owners);

  progress('layout', `${built.authors.length} authors, ${built.papers.length} papers`);
  const layout = layoutGraph(built.authors, built.papers);

  const unmatched: UnmatchedRecord[] = papers.unmatched.map((group) => {
    const [first, ...rest] = group.entries;
    return {
      file: first!.ref.file,
      line: first!.ref.line,
      text: first!.abstract ?? first!.title ?? '',
      reason: group.reason,
      ...(rest.length > 0 ? { otherSources: rest.map((e) => e.ref) } : {}),
    };
  });

  const graph: GraphFile = {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    owners: built.owners,
    sources: files
      .filter((f) => f.format !== 'skipped' && f.format !== 'unknown' && f.format !== 'empty')
      .map((f) => ({
        file: f.file,
        format: f.format,
        entries: f.entries,
        ...(f.owner ? { owner: f.owner } : {}),
      })),
    authors: built.authors.map((a) => ({
      ...a,
      ...(layout.positions.get(a.id) ?? { x: 0, y: 0 }),
    })),
    papers: built.papers,
    unmatched,
    layout: { algorithm: 'forceatlas2', seed: LAYOUT_SEED, iterations: layout.iterations },
  };

  progress('report');
  const accounting = accountFor({ listings, papers, paperIds: built.paperIds, entries });
  const report: BuildReport = {
    summary: {
      files: listings.length,
      entries: accounting.accounting.entriesRead,
      papers: graph.papers.length,
      authors: graph.authors.length,
      collaborations: layout.collaborations,
      paperMerges: papers.merges.length,
      personMerges: people.merges.length,
      unmatched: unmatched.length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      likelyDuplicates: people.likelyDuplicates.length,
    },
    accounting: accounting.accounting,
    files: files.sort((a, b) => compareText(a.file, b.file)),
    entries: accounting.fates,
    paperMerges: papers.merges,
    personMerges: people.merges,
    likelyDuplicates: people.likelyDuplicates,
    aliasFiles: aliasFiles.map((f) => f.file),
    issues,
  };
  return { graph, report, errors: issues.filter((i) => i.severity === 'error') };
}
