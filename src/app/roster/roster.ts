/**
 * The lab roster as the map uses it: who is a member, an alumnus or an outside collaborator,
 * and how their role and years read in the panel. The matching itself happens in the build
 * step (`AuthorRecord.roster`).
 */
import type { AuthorRecord, RosterEntry } from '../../model/types';

export type RosterStatus = 'member' | 'alumnus' | 'external';

export const ROSTER_STATUSES: readonly RosterStatus[] = ['member', 'alumnus', 'external'];

export const ROSTER_STATUS_LABEL: Record<RosterStatus, string> = {
  member: 'Lab member',
  alumnus: 'Alumnus',
  external: 'External collaborator',
};

export function rosterStatus(author: Pick<AuthorRecord, 'roster'> | undefined): RosterStatus {
  return author?.roster?.status ?? 'external';
}

/** "2019–2023", "since 2021", "until 2018", or null when the roster gives no years. */
export function rosterYears(entry: RosterEntry): string | null {
  const { from, to } = entry;
  if (from !== undefined && to !== undefined) return from === to ? String(from) : `${from}–${to}`;
  if (from !== undefined) return `since ${from}`;
  if (to !== undefined) return `until ${to}`;
  return null;
}
