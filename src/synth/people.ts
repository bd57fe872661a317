/**
 * Synthetic people: unique names with the spelling variants real listings show
 * (diacritics dropped, a DBLP suffix, a middle initial left out, a romanised given name).
 */
import { blockingKey, parseName } from '../ingest/people/names';
import { stripDiacritics } from '../text/fold';
import type { Random } from '../util/random';
import { FIRST_NAMES, ROMANISED, SURNAME_PARTS } from './names';

export interface SynthPerson {
  id: string;
  given: string;
  middleInitial?: string;
  surname: string;
  /** DBLP homonym number, printed by author-cluster pages only. */
  dblp?: string;
  /** The spelling profile pages print (may drop diacritics or the middle initial). */
  profileSpelling: string;
  /** The spelling author-cluster pages print. */
  clusterSpelling: string;
  canonical: string;
}

function surname(random: Random): string {
  const name =
    random.pick(SURNAME_PARTS.start) +
    random.pick(SURNAME_PARTS.middle) +
    random.pick(SURNAME_PARTS.end);
  return random.chance(0.05)
    ? `${name}-${random.pick(SURNAME_PARTS.start)}${random.pick(SURNAME_PARTS.end)}`
    : name;
}

/**
 * `count` people whose names are distinct by any rule a reader would accept: no two share
 * a surname and a first name (folded), so every variant points to exactly one person.
 */
export function generatePeople(count: number, random: Random): SynthPerson[] {
  const taken = new Set<string>();
  const people: SynthPerson[] = [];
  const givenPool = [...FIRST_NAMES, ...Object.keys(ROMANISED)];
  while (people.length < count) {
    const given = random.pick(givenPool);
    const last = surname(random);
    // The same key people resolution blocks on: two people never share it.
    const key = blockingKey(parseName(`${given} ${last}`));
    if (taken.has(key)) continue;
    taken.add(key);
    const middleInitial = random.chance(0.25)
      ? `${String.fromCharCode(65 + random.int(0, 25))}.`
      : undefined;
    const canonical = [given, middleInitial, last].filter(Boolean).join(' ');
    const dblp = random.chance(0.08) ? String(random.int(1, 12)).padStart(4, '0') : undefined;
    // Each person keeps one spelling per kind of page, as real pages do.
    const variant = random.next();
    let profileSpelling = canonical;
    if (variant < 0.15) profileSpelling = stripDiacritics(canonical);
    else if (variant < 0.3 && middleInitial) profileSpelling = `${given} ${last}`;
    else if (variant < 0.4 && ROMANISED[given])
      profileSpelling = `${ROMANISED[given]} ${middleInitial ? `${middleInitial} ` : ''}${last}`;
    const clusterSpelling = dblp ? `${canonical} ${dblp}` : canonical;
    people.push({
      id: `person-${people.length}`,
      given,
      ...(middleInitial ? { middleInitial } : {}),
      surname: last,
      ...(dblp ? { dblp } : {}),
      profileSpelling,
      clusterSpelling,
      canonical,
    });
  }
  return people;
}
