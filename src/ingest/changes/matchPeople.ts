/**
 * Who in this build was who in the previous one. The author id first; then any spelling (name
 * or alias, case and diacritics ignored) shared with exactly one previous person not yet
 * matched, so a person whose display name changed (a fuller spelling arrived, so the id
 * changed too) keeps their place and is not counted as new.
 */
import type { AuthorRecord } from '../../model/types';
import { fold } from '../../text/fold';

type Person = Pick<AuthorRecord, 'id' | 'name' | 'aliases'>;

/** New author id → previous author id. */
export function matchPeople(
  current: readonly Person[],
  previous: readonly Person[],
): Map<string, string> {
  const match = new Map<string, string>();
  const previousIds = new Set(previous.map((p) => p.id));
  const taken = new Set<string>();
  for (const person of current) {
    if (previousIds.has(person.id)) {
      match.set(person.id, person.id);
      taken.add(person.id);
    }
  }
  // Spelling → previous people (not matched by id) who used it.
  const bySpelling = new Map<string, Set<string>>();
  for (const person of previous) {
    if (taken.has(person.id)) continue;
    for (const spelling of [person.name, ...person.aliases]) {
      const key = fold(spelling);
      let set = bySpelling.get(key);
      if (!set) bySpelling.set(key, (set = new Set()));
      set.add(person.id);
    }
  }
  for (const person of current) {
    if (match.has(person.id)) continue;
    const candidates = new Set<string>();
    for (const spelling of [person.name, ...person.aliases]) {
      for (const id of bySpelling.get(fold(spelling)) ?? []) if (!taken.has(id)) candidates.add(id);
    }
    // Two previous people with this spelling: not guessed.
    if (candidates.size !== 1) continue;
    const [id] = candidates as unknown as [string];
    match.set(person.id, id);
    taken.add(id);
  }
  return match;
}
