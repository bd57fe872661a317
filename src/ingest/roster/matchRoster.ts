/**
 * Roster names to authors, by the same rules that resolve people (README, "Resolving people"):
 * the alias file first, then the same letters (`Takac` is Takáč, `Anastasiia` is Anastasia),
 * then a unique compatible spelling (`Sebastian Stich` is Sebastian U. Stich). A name that fits
 * two authors is not guessed.
 */
import type { RosterEntry, RosterInfo } from '../../model/types';
import type { ReportIssue } from '../report/types';
import { canonicalName, type AliasTable } from '../people/aliases';
import { blockingKey, exactKey, parseName } from '../people/names';
import { namesCompatible } from '../people/nameRules';
import type { Roster } from './parseRoster';

export interface RosterMatch {
  entries: Map<string, RosterEntry>;
  info: RosterInfo;
  issues: ReportIssue[];
}

export interface RosterPerson {
  id: string;
  name: string;
  spellings: readonly string[];
}

export function matchRoster(
  roster: Roster,
  people: readonly RosterPerson[],
  aliases: AliasTable | undefined,
  /** The year the roster is read against: a member who left before it is an alumnus. */
  referenceYear: number | null,
): RosterMatch {
  const byExact = new Map<string, Set<number>>();
  const byBlock = new Map<string, Set<number>>();
  people.forEach((person, index) => {
    for (const spelling of [person.name, ...person.spellings]) {
      const name = parseName(spelling);
      for (const [map, key] of [
        [byExact, exactKey(name)],
        [byBlock, blockingKey(name)],
      ] as const) {
        (map.get(key) ?? map.set(key, new Set()).get(key)!).add(index);
      }
    }
  });

  const entries = new Map<string, RosterEntry>();
  const issues: ReportIssue[] = [];
  const unmatched: string[] = [];
  for (const row of roster.rows) {
    const name = parseName(canonicalName(aliases, row.name) ?? row.name);
    let candidates = [...(byExact.get(exactKey(name)) ?? [])];
    if (candidates.length === 0) {
      candidates = [...(byBlock.get(blockingKey(name)) ?? [])].filter((i) =>
        people[i]!.spellings.some((s) => namesCompatible(parseName(s), name)),
      );
    }
    if (candidates.length !== 1) {
      if (candidates.length === 0) unmatched.push(row.name);
      issues.push({
        file: roster.file,
        line: row.line,
        severity: 'warning',
        message:
          candidates.length === 0
            ? `${row.name} signs no paper of the graph`
            : `${row.name} could be ${candidates.map((i) => people[i]!.name).join(' or ')}: not matched (add the spelling to the alias file)`,
      });
      continue;
    }
    const person = people[candidates[0]!]!;
    if (entries.has(person.id)) {
      issues.push({
        file: roster.file,
        line: row.line,
        severity: 'warning',
        message: `${row.name} is ${person.name}, who is already on the roster: ignored`,
      });
      continue;
    }
    const left = row.to !== undefined && referenceYear !== null && row.to < referenceYear;
    entries.set(person.id, {
      role: row.role,
      ...(row.from !== undefined ? { from: row.from } : {}),
      ...(row.to !== undefined ? { to: row.to } : {}),
      status: left ? 'alumnus' : 'member',
    });
  }
  return { entries, info: { file: roster.file, matched: entries.size, unmatched }, issues };
}
