/**
 * The roster stage: reads the roster files and marks the authors they name.
 */
import type { RosterEntry, RosterInfo } from '../../model/types';
import type { SourceText } from '../formats/types';
import type { AliasTable } from '../people/aliases';
import type { ReportIssue } from '../report/types';
import { matchRoster, type RosterPerson } from './matchRoster';
import { parseRoster, RosterFileError } from './parseRoster';

export { ROSTER_FILE_NAMES } from './parseRoster';

/** Roster entries by author id, and what the graph file says about the roster. */
export interface RosterResult {
  entries: Map<string, RosterEntry>;
  info?: RosterInfo;
}

export function applyRosters(
  files: readonly SourceText[],
  people: readonly RosterPerson[],
  aliases: AliasTable | undefined,
  referenceYear: number | null,
  issues: ReportIssue[],
): RosterResult {
  const entries = new Map<string, RosterEntry>();
  const infos: RosterInfo[] = [];
  for (const file of files) {
    try {
      const roster = parseRoster(file.file, file.text);
      issues.push(...roster.issues);
      const match = matchRoster(roster, people, aliases, referenceYear);
      issues.push(...match.issues);
      for (const [id, entry] of match.entries) if (!entries.has(id)) entries.set(id, entry);
      infos.push(match.info);
    } catch (error) {
      if (!(error instanceof RosterFileError)) throw error;
      issues.push({
        file: error.file,
        line: error.line,
        severity: 'error',
        message: error.message.replace(`${error.file}:${error.line}: `, ''),
      });
    }
  }
  if (infos.length === 0) return { entries };
  return {
    entries,
    info: {
      file: infos.map((i) => i.file).join(', '),
      matched: entries.size,
      unmatched: infos.flatMap((i) => i.unmatched),
    },
  };
}
