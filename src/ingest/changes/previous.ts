/**
 * The previous graph file a rebuild starts from (issue 14): the one at `--out`, or `--previous`.
 * Anything that is not a valid graph file is ignored with one warning: the build then lays the
 * map out from scratch, exactly as without a previous file.
 */
import { parseGraphFile } from '../../model/validate';
import type { GraphFile } from '../../model/types';
import { hashString } from '../../util/hash';
import type { ReportIssue } from '../report/types';

export interface PreviousSource {
  file: string;
  /** The file's text, or why it could not be read. */
  text?: string;
  error?: string;
}

export interface PreviousBuild {
  file: string;
  graph: GraphFile;
  fingerprint: string;
}

/** 64 bits of two FNV-1a passes over the bytes: same file, same fingerprint; no clock, no path. */
export function fingerprint(text: string): string {
  const a = hashString(text);
  const b = hashString(`${text.length}:${text}`);
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

export function readPrevious(
  source: PreviousSource,
  issues: ReportIssue[],
): PreviousBuild | undefined {
  const ignore = (why: string): undefined => {
    issues.push({
      file: source.file,
      line: 1,
      severity: 'warning',
      message: `previous graph file ignored (${why}): laid out from scratch`,
      scope: 'file',
    });
    return undefined;
  };
  if (source.text === undefined) return ignore(source.error ?? 'unreadable');
  const parsed = parseGraphFile(source.text);
  if (!parsed.ok) return ignore(parsed.problem.message.replace(/\.$/, ''));
  return { file: source.file, graph: parsed.graph, fingerprint: fingerprint(source.text) };
}
