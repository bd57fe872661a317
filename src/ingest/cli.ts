/**
 * `npm run graph -- [INPUT ...] [--out FILE] [--previous FILE | --fresh] [--aliases FILE] [--roster FILE] [--report FILE] [--max-linked-authors N] [--strict] [--quiet]`
 *
 * Exit codes: 0 success (warnings allowed), 1 nothing can be built (or any warning under
 * --strict), 2 usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PreviousSource } from './changes/previous';
import { parsePipelineInput, runParsedPipeline, type ParsedPipelineInput } from './pipeline';
import type { StageName } from './stages';
import { collectBefore } from './heapPolicy';
import { InputError, readInputs } from './read/readInputs';
import { formatIssue, formatSummary } from './report/summary';
import type { ReportIssue } from './report/types';
import { writeGraph } from './write/writeGraph';
import { serialize, writeOutput } from './write/writeOutput';

export const USAGE = `Usage: npm run graph -- [INPUT ...] [options]

Reads listing files and folders (default: seeds/) and writes the coauthor graph file.

Options:
  --out FILE       graph file to write (default: public/graph.json)
  --previous FILE  the previous graph file: its people keep their places and the summary says
                   what changed (default: the file already at --out, when there is one)
  --fresh          ignore any previous graph file: a fresh, seeded layout
  --aliases FILE   alias file (default: aliases.json inside each input folder); repeatable
  --roster FILE    lab roster, CSV/TSV/JSON with name, role, start, end (default: roster.csv inside
                   an input folder); marks lab members and alumni
  --report FILE    write the full report (every entry's fate, merges, issues) as JSON
  --max-linked-authors N
                   papers with more than N authors (default 25) are kept in every author's
                   paper list but make no collaborations (hyperauthorship, as in VOSviewer)
  --strict         fail (exit 1) on any warning: a skipped file, a rejected entry, ...
  --progress       always print progress (shown anyway for large inputs)
  --quiet          print only errors and skipped files, and count the other warnings
  -h, --help       show this help

A file that gives nothing (empty, binary, unknown format) is skipped with a warning while
other inputs give entries; when none does, that is an error and nothing is written.

Exit status: 0 on success (warnings allowed), 1 when nothing can be built (no input gives an
entry, a path is missing, the alias file is broken) or on any warning with --strict, 2 on a
usage error.`;

export interface CliOptions {
  inputs: string[];
  out: string;
  aliases?: string[];
  roster?: string;
  report?: string;
  previous?: string;
  fresh: boolean;
  maxLinkedAuthors?: number;
  strict: boolean;
  quiet: boolean;
  progress: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    inputs: [],
    out: 'public/graph.json',
    fresh: false,
    strict: false,
    quiet: false,
    progress: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--out' || arg === '-o') options.out = value();
    else if (arg === '--aliases') (options.aliases ??= []).push(value());
    else if (arg === '--roster') options.roster = value();
    else if (arg === '--report') options.report = value();
    else if (arg === '--previous') options.previous = value();
    else if (arg === '--fresh') options.fresh = true;
    else if (arg === '--max-linked-authors') {
      const text = value();
      const n = Number(text);
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1)
        throw new UsageError(
          `--max-linked-authors needs a whole number of at least 1, not "${text}"`,
        );
      options.maxLinkedAuthors = n;
    } else if (arg === '--strict') options.strict = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--progress') options.progress = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) options.inputs.push('seeds/');
  if (options.fresh && options.previous !== undefined)
    throw new UsageError('--fresh and --previous exclude each other');
  return options;
}

/** A file the user asked for could not be written (a folder in the way, no permission). */
class OutputError extends Error {}

function writeOrExplain<T>(file: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new OutputError(
      `${file}: cannot write (${typeof code === 'string' ? code : (error as Error).message})`,
    );
  }
}

/**
 * What goes to stderr. `--quiet` keeps what a user must not miss, errors and files that were
 * skipped whole, and counts the rest, so a quiet build never hides that data was left out.
 */
export function problemLines(issues: readonly ReportIssue[], quiet: boolean): string[] {
  if (!quiet) return issues.map(formatIssue);
  const shown = issues.filter((i) => i.severity === 'error' || i.scope === 'file');
  const hidden = issues.length - shown.length;
  return [
    ...shown.map(formatIssue),
    ...(hidden > 0
      ? [
          `${hidden} more warning${hidden === 1 ? '' : 's'} not shown (--quiet; --report FILE lists them all)`,
        ]
      : []),
  ];
}

/**
 * The previous graph file: `--previous FILE`, else whatever is at `--out` (the file this build
 * replaces); none with `--fresh`. Read before anything is written over it.
 */
export function previousSource(options: CliOptions, cwd: string): PreviousSource | undefined {
  if (options.fresh) return undefined;
  const file = options.previous ?? options.out;
  const resolved = path.resolve(cwd, file);
  if (options.previous === undefined && !existsSync(resolved)) return undefined;
  try {
    return { file, text: readFileSync(resolved, 'utf8') };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { file, error: typeof code === 'string' ? code : (error as Error).message };
  }
}

/** Inputs this large get progress lines on stderr. */
const PROGRESS_BYTES = 2_000_000;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Progress lines name the stages, and the end. */
type CliProgress = (stage: StageName | 'done', detail?: string) => void;

/**
 * The read and parse stages in a frame of their own: once it returns nothing holds what they
 * read (the read stage leaves listings on disk, the parse stage reads one at a time, and
 * entries hold copies of their fields), so the later stages have that heap to themselves.
 */
function readAndParse(
  options: CliOptions,
  io: CliIo,
): { parsed: ParsedPipelineInput; progress: CliProgress } {
  const inputs = readInputs(options.inputs, io.cwd, options.aliases, options.roster);
  const started = performance.now();
  const showProgress = options.progress || inputs.bytes > PROGRESS_BYTES;
  const progress = (stage: StageName | 'done', detail?: string): void => {
    if (stage !== 'done') collectBefore(stage);
    if (!showProgress) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const megabytes = Math.round(process.memoryUsage().rss / 1048576);
    io.stderr(`[${seconds} s, ${megabytes} MB] ${stage}${detail ? `: ${detail}` : ''}`);
  };
  const previous = previousSource(options, io.cwd);
  const parsed = parsePipelineInput(
    {
      ...inputs,
      ...(previous ? { previous } : {}),
      ...(options.maxLinkedAuthors !== undefined
        ? { maxLinkedAuthors: options.maxLinkedAuthors }
        : {}),
    },
    progress,
  );
  return { parsed, progress };
}

export function runCli(argv: readonly string[], io: CliIo): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const { parsed, progress } = readAndParse(options, io);
    const result = runParsedPipeline(parsed, progress);
    for (const line of problemLines(result.report.issues, options.quiet)) io.stderr(line);

    const failed =
      result.errors.length > 0 || (options.strict && result.report.summary.warnings > 0);
    if (options.report)
      writeOrExplain(options.report, () =>
        writeOutput(path.resolve(io.cwd, options.report!), serialize(result.report, true)),
      );
    if (failed) {
      io.stderr(
        result.errors.length > 0
          ? `${result.errors.length} input problem${result.errors.length === 1 ? '' : 's'}: nothing written to ${options.out}`
          : `--strict: ${result.report.summary.warnings} warning(s): nothing written to ${options.out}`,
      );
      return 1;
    }
    progress('write', options.out);
    const written = writeOrExplain(options.out, () =>
      writeGraph(path.resolve(io.cwd, options.out), result.graph),
    );
    progress('done');
    if (!options.quiet) {
      io.stdout(formatSummary(result.report, { file: options.out, bytes: written.bytes }));
      if (written.details.length > 0)
        io.stdout(
          `  and ${written.details.length} detail files beside it (${written.details[0]} …, ${(written.detailBytes / 1048576).toFixed(1)} MB): abstracts, sources, alternative titles, affiliations, ids, read by the page when a panel needs them`,
        );
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof OutputError) {
      io.stderr(error.message);
      return 1;
    }
    // Never a stack trace for the user: one line, and where to look.
    io.stderr(
      `internal error: ${(error as Error).message ?? String(error)} (please report it with the input that caused it)`,
    );
    return 1;
  }
}
