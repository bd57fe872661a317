/**
 * Files that give nothing: unreadable, empty, binary, of no known format, or a header
 * without entries. One policy for all of them, however the file was named (a shell glob
 * names files as surely as a folder does):
 *
 * - while other inputs give entries, such a file is a warning and is skipped: one stray
 *   `notes.txt` or `LICENSE` must not stop a lab's build, and the report lists it
 *   (`--strict` turns it into a failure, as it does every warning);
 * - when no input gives a usable entry, each is an error and nothing is written: an empty
 *   graph would silently replace a good one on the lab's website.
 */
import type { FileReport, ReportIssue } from './types';

export type UnusableKind = 'unreadable' | 'binary' | 'empty' | 'unknown' | 'no-entries';

export interface UnusableFile {
  file: string;
  /** The line that shows the problem (1 when it is the whole file). */
  line: number;
  kind: UnusableKind;
  /** What is wrong (`binary data, not a text listing`). */
  problem: string;
  /** What the user may have meant, after the verdict (`known formats: ...`). */
  hint?: string;
}

export function judgeUnusable(
  files: readonly UnusableFile[],
  nothingUsable: boolean,
): ReportIssue[] {
  return files.map((f) => {
    // A header without entries was read, not skipped: it simply holds nothing.
    const verdict = nothingUsable || f.kind === 'no-entries' ? '' : ': skipped';
    return {
      file: f.file,
      line: f.line,
      severity: nothingUsable ? 'error' : 'warning',
      message: `${f.problem}${verdict}${f.hint ? `; ${f.hint}` : ''}`,
      scope: 'file',
    };
  });
}

/** The report's line for a file the read stage could not use at all. */
export function unreadFileReport(f: UnusableFile): FileReport {
  return { file: f.file, format: f.kind, confidence: 0, entries: 0, rejected: 0, note: f.problem };
}
