/**
 * The build step as a pipeline of small stages:
 * (read) → detect format → parse → resolve papers → resolve authors → build graph → lay out → (write).
 * Everything here is pure: texts in, graph file and report out.
 */
import { compareText } from '../text/compare';
import { cleanListing } from './clean/cleanEntry';
import { repairMojibake } from '../text/mojibake';
import { cleanText } from '../text/fold';
import { DEFAULT_MAX_LINKED_AUTHORS, markUnlinked } from '../model/linking';
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
import {
  resolveAuthors,
  type NameOccurrence,
  type PeopleResolution,
} from './people/resolveAuthors';
import { accountFor } from './report/accounting';
import { applyRosters } from './roster';
import type { BuildReport, FileReport, ReportIssue } from './report/types';
import { judgeUnusable, unreadFileReport, type UnusableFile } from './report/unusableFiles';

export const GENERATOR = 'coauthor-atlas build 1';

export interface PipelineInput {
  sources: readonly SourceText[];
  aliasFiles: readonly SourceText[];
  /** Lab rosters (`--roster`, or roster.csv in an input folder). */
  rosterFiles?: readonly SourceText[];
  skipped?: readonly { file: string; reason: string }[];
  /** Files the read stage could not use (binary, unreadable). */
  unusable?: readonly UnusableFile[];
  issues?: readonly ReportIssue[];
  /** Papers with more distinct authors are not linked (`--max-linked-authors`, default 25). */
  maxLinkedAuthors?: number;
}

export interface PipelineResult {
  graph: GraphFile;
  report: BuildReport;
  /** Issues of severity `error`: some input could not be used. */
  errors: ReportIssue[];
}

export type ProgressListener = (stage: string, detail?: string) => void;

export function parseSource(given: SourceText): {
  listing?: ParsedListing;
  file: FileReport;
  issues: ReportIssue[];
  /** Set when the file gives nothing; how loud that is depends on the other files. */
  unusable?: UnusableFile;
} {
  // Cleaned once here (NFC, invisible characters, odd spaces): the detectors and parsers
  // clean again what they read, which on clean text is one cheap scan instead of a rewrite.
  //
  // Mojibake is repaired before that: cleaning drops the soft hyphen that is the second half
  // of `í` read as cp1252 (`Ã\u00AD`), after which it can no longer be told apart from a real `Ã`.
  const source = { ...given, text: repairMojibake(given.text) };
  const lines = splitLines(source.text).map(cleanText);
  const report = (format: string, confidence: number, note: string): FileReport => ({
    file: source.file,
    format,
    confidence,
    entries: 0,
    rejected: 0,
    note,
  });
  // Invisible characters alone are no text.
  const first = lines.findIndex((l) => l !== '');
  if (first < 0) {
    const problem = 'empty file';
    return {
      file: report('empty', 0, problem),
      issues: [],
      unusable: { file: source.file, line: 1, kind: 'empty', problem },
    };
  }
  const { format, confidence } = detectFormat(lines);
  if (!format) {
    const problem = `unknown listing format (starts "${excerpt(lines[first] ?? '', 40)}")`;
    return {
      file: report('unknown', confidence, problem),
      issues: [],
      unusable: {
        file: source.file,
        line: first + 1,
        kind: 'unknown',
        problem,
        hint: knownFormatsHint(),
      },
    };
  }
  // Clean once for every format, before anything is matched (src/ingest/clean/cleanEntry.ts).
  const listing = cleanListing(format.parse(source, lines));
  // Every rejected entry is a warning on its own line: on screen, and under --strict.
  const issues: ReportIssue[] = [
    ...listing.issues,
    ...listing.rejected.map((r): ReportIssue => ({
      ...r.ref,
      severity: 'warning',
      message: `entry rejected: ${r.reason}`,
    })),
  ];
  const empty = listing.entries.length === 0 && listing.rejected.length === 0;
  const problem = empty
    ? `${format.label} with a header but no entries${listing.claimedCount !== undefined ? ` (the page claims ${listing.claimedCount})` : ''}`
    : undefined;
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
      ...(problem ? { note: problem } : {}),
    },
    ...(problem
      ? { unusable: { file: source.file, line: first + 1, kind: 'no-entries', problem } }
      : {}),
  };
}

/**
 * When no input gives a usable entry, nothing is built (see `unusableFiles.ts`); a listing
 * whose every entry was rejected says so, beside the files that gave nothing at all.
 */
function nothingToBuild(listings: readonly ParsedListing[]): ReportIssue[] {
  return listings
    .filter((l) => l.entries.length === 0 && l.rejected.length > 0)
    .map((l) => ({
      file: l.file,
      line: l.rejected.reduce((min, r) => Math.min(min, r.ref.line), Infinity),
      severity: 'error',
      message: `no usable entries: all ${l.rejected.length} rejected`,
      scope: 'file',
    }));
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
  const unusable: UnusableFile[] = [...(input.unusable ?? [])];
  files.push(...unusable.map(unreadFileReport));
  for (const source of sources) {
    const parsed = parseSource(source);
    files.push(parsed.file);
    issues.push(...parsed.issues);
    if (parsed.listing) listings.push(parsed.listing);
    if (parsed.unusable) unusable.push(parsed.unusable);
  }
  const entries: ListingEntry[] = listings.flatMap((l) => l.entries);
  const nothingUsable = entries.length === 0;
  issues.push(...judgeUnusable(unusable, nothingUsable));
  if (nothingUsable) issues.push(...nothingToBuild(listings));

  const aliases = loadAliases(aliasFiles, issues);
  const owners = listings.flatMap((l) => (l.owner ? [l.owner] : []));

  progress('resolve papers', `${entries.length} entries`);
  const papers = resolvePapers(entries, { owners, aliases });
  issues.push(...papers.issues);

  progress('resolve people');
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const occurrences: NameOccurrence[] = papers.papers.flatMap((cluster, paper) =>
    cluster.entries.flatMap((entry) =>
      entry.authors.map((spelling, position) => ({
        spelling,
        paper,
        byline: entryIndex.get(entry) ?? -1,
        position,
        ref: entry.ref,
        ...(entry.authorIds?.[position] ? { ids: entry.authorIds[position] } : {}),
      })),
    ),
  );
  const people = resolveAuthors(occurrences, aliases);
  const peopleOfEntry = entryPeople(occurrences, people);

  progress('build graph');
  const built = buildGraph(
    papers.papers,
    people,
    owners,
    (entry) => peopleOfEntry.get(entryIndex.get(entry) ?? -1) ?? [],
  );

  const referenceYear = built.papers.reduce<number | null>(
    (max, p) => (p.year !== null && (max === null || p.year > max) ? p.year : max),
    null,
  );
  const roster = applyRosters(
    [...(input.rosterFiles ?? [])].sort(byFile),
    people.people,
    aliases,
    referenceYear,
    issues,
  );

  const maxLinkedAuthors = input.maxLinkedAuthors ?? DEFAULT_MAX_LINKED_AUTHORS;
  const linking = markUnlinked(built.papers, maxLinkedAuthors);

  progress('layout', `${built.authors.length} authors, ${built.papers.length} papers`);
  const layout = layoutGraph(built.authors, linking.papers);

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

  const parsedFiles = new Set(listings.map((l) => l.file));
  const graph: GraphFile = {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    owners: built.owners,
    sources: files
      .filter((f) => parsedFiles.has(f.file))
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
    papers: linking.papers,
    unmatched,
    layout: { algorithm: 'forceatlas2', seed: LAYOUT_SEED, iterations: layout.iterations },
    ...(roster.info ? { roster: roster.info } : {}),
    maxLinkedAuthors,
  };

  progress('report');
  const accounting = accountFor({
    listings,
    papers,
    paperIds: built.paperIds,
    entries,
    peopleOf: (entry) => peopleOfEntry.get(entryIndex.get(entry) ?? -1),
  });
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
      unlinkedPapers: linking.unlinked,
      maxLinkedAuthors,
    },
    accounting: accounting.accounting,
    files: files.sort((a, b) => compareText(a.file, b.file)),
    entries: accounting.fates,
    paperMerges: papers.merges,
    papersKeptApart: papers.keptApart,
    personMerges: people.merges,
    likelyDuplicates: people.likelyDuplicates,
    aliasFiles: aliasFiles.map((f) => f.file),
    // By place, so a file's problems read top to bottom (a stable sort keeps one line's in order).
    issues: issues.sort((a, b) => compareText(a.file, b.file) || a.line - b.line),
  };
  return { graph, report, errors: issues.filter((i) => i.severity === 'error') };
}

/** Person ids of each entry's byline, place by place (`''` for a name that cleaned to nothing). */
function entryPeople(
  occurrences: readonly NameOccurrence[],
  people: PeopleResolution,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  occurrences.forEach((o, mention) => {
    let list = out.get(o.byline);
    if (!list) out.set(o.byline, (list = []));
    list[o.position] = people.people[people.personOfMention[mention]!]?.id ?? '';
  });
  return out;
}
