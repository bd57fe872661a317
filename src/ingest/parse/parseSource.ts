/**
 * The parse stage: each source's format detected from its content, its entries parsed and
 * cleaned, and what it could not use said at its line.
 */
import { repairMojibake } from '../../text/mojibake';
import { cleanListing } from '../clean/cleanEntry';
import { detectFormat, knownFormatsHint } from '../formats/detect';
import { excerpt } from '../formats/lines';
import { cleanLines } from '../formats/settledLines';
import type { ListingSource, ParsedListing, SourceText } from '../formats/types';
import type { FileReport, ReportIssue } from '../report/types';
import { judgeUnusable, unreadFileReport, type UnusableFile } from '../report/unusableFiles';
import type { StageOutput } from '../stages';

/** The source with its text: read now when the read stage left it on disk. */
export function withText(given: ListingSource): SourceText {
  if ('text' in given) return given;
  const { readText, ...rest } = given;
  return { ...rest, text: readText() };
}

export function parseSource(given: ListingSource): {
  listing?: ParsedListing;
  file: FileReport;
  issues: ReportIssue[];
  /** Set when the file gives nothing; how loud that is depends on the other files. */
  unusable?: UnusableFile;
} {
  // Cleaned once here (NFC, invisible characters, odd spaces): the detectors and parsers
  // clean again what they read, which on these lines is nothing (settledLines.ts).
  //
  // Mojibake is repaired before that: cleaning drops the soft hyphen that is the second half
  // of `í` read as cp1252 (`Ã\u00AD`), after which it can no longer be told apart from a real `Ã`.
  const held = withText(given);
  const source = { ...held, text: repairMojibake(held.text) };
  const lines = cleanLines(source.text);
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
export function nothingToBuild(listings: readonly ParsedListing[]): ReportIssue[] {
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

export interface ParsedInputs {
  listings: ParsedListing[];
  /** Every file the build was given, read or not, for the report. */
  files: FileReport[];
  /** Files that gave nothing, judged once every file is parsed. */
  unusable: UnusableFile[];
}

/** Every source parsed, in file order; files the read stage skipped or could not read listed too. */
export function parseSources(input: {
  sources: readonly ListingSource[];
  skipped?: readonly { file: string; reason: string }[];
  unusable?: readonly UnusableFile[];
}): StageOutput<ParsedInputs> {
  const problems: ReportIssue[] = [];
  const files: FileReport[] = (input.skipped ?? []).map((s) => ({
    file: s.file,
    format: 'skipped',
    confidence: 0,
    entries: 0,
    rejected: 0,
    note: s.reason,
  }));
  const unusable: UnusableFile[] = [...(input.unusable ?? [])];
  files.push(...unusable.map(unreadFileReport));
  const listings: ParsedListing[] = [];
  for (const source of input.sources) {
    const parsed = parseSource(source);
    files.push(parsed.file);
    problems.push(...parsed.issues);
    if (parsed.listing) listings.push(parsed.listing);
    if (parsed.unusable) unusable.push(parsed.unusable);
  }
  const nothingUsable = listings.every((l) => l.entries.length === 0);
  problems.push(...judgeUnusable(unusable, nothingUsable));
  if (nothingUsable) problems.push(...nothingToBuild(listings));
  return { value: { listings, files, unusable }, problems };
}
