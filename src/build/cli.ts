/**
 * `npm run graph -- [INPUT ...] [--out FILE] [--aliases FILE] [--report FILE] [--strict] [--quiet]`
 *
 * Exit codes: 0 success (warnings allowed), 1 an input cannot be used, 2 usage error.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runPipeline } from './pipeline';
import { InputError, readInputs } from './read/readInputs';
import { formatIssue, formatSummary } from './report/summary';
import { serialize, writeJson, writeOutput } from './write/writeOutput';

export const USAGE = `Usage: npm run graph -- [INPUT ...] [options]

Reads listing files and folders (default: seeds/) and writes the coauthor graph file.

Options:
  --out FILE       graph file to write (default: public/graph.json)
  --aliases FILE   alias file (default: aliases.json inside each input folder); repeatable
  --report FILE    write the full report (every entry's fate, merges, issues) as JSON
  --strict         fail (exit 1) on any warning, not only on unusable input
  --progress       always print progress (shown anyway for large inputs)
  --quiet          print only problems
  -h, --help       show this help

Exit status: 0 on success (warnings allowed), 1 when an input cannot be used, 2 on a usage error.`;

export interface CliOptions {
  inputs: string[];
  out: string;
  aliases?: string[];
  report?: string;
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
    else if (arg === '--report') options.report = value();
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--progress') options.progress = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) options.inputs.push('seeds/');
  return options;
}

/** Inputs this large get progress lines on stderr. */
const PROGRESS_BYTES = 2_000_000;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
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
    const inputs = readInputs(options.inputs, io.cwd, options.aliases);
    const started = performance.now();
    const showProgress = options.progress || inputs.bytes > PROGRESS_BYTES;
    const progress = showProgress
      ? (stage: string, detail?: string) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const megabytes = Math.round(process.memoryUsage().rss / 1048576);
          io.stderr(`[${seconds} s, ${megabytes} MB] ${stage}${detail ? `: ${detail}` : ''}`);
        }
      : undefined;
    const result = runPipeline(inputs, progress);
    const shown = options.quiet ? result.errors : result.report.issues;
    for (const issue of shown) io.stderr(formatIssue(issue));

    const failed =
      result.errors.length > 0 || (options.strict && result.report.summary.warnings > 0);
    if (options.report)
      writeOutput(path.resolve(io.cwd, options.report), serialize(result.report, true));
    if (failed) {
      io.stderr(
        result.errors.length > 0
          ? `${result.errors.length} input problem${result.errors.length === 1 ? '' : 's'}: nothing written to ${options.out}`
          : `--strict: ${result.report.summary.warnings} warning(s): nothing written to ${options.out}`,
      );
      return 1;
    }
    progress?.('write', options.out);
    const bytes = writeJson(path.resolve(io.cwd, options.out), { ...result.graph });
    progress?.('done');
    if (!options.quiet) io.stdout(formatSummary(result.report, { file: options.out, bytes }));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
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
