/**
 * When two parsed spellings may be one person: the one place these rules are written, used by
 * the people resolver, the byline aligner, the paper resolver (byline conflicts), the roster
 * and the owner filler.
 *
 * From strict to loose:
 * - `namesCompatible`: rule alone may merge (same surname, same spelled-out first name, middle
 *   names that agree where both have them);
 * - `initialsAgree`: the spellings do not contradict each other when initials stand for names
 *   (`J. Doe` / `Jane Doe`), evidence must say whether they are one person;
 * - `couldBeSamePerson`: nothing rules it out even allowing for a typo or a changed double
 *   surname; used only to decide that two bylines do NOT conflict.
 */
import { givenParts, type NameToken, type ParsedName } from './names';

/** An initial stands for a name printed with its letter, or romanised to it (`I.` for `Yulia`). */
function initialFits(initial: NameToken, name: NameToken): boolean {
  return initial.letter === name.letter || initial.key[0] === name.key[0];
}

function tokensAgree(a: NameToken, b: NameToken): boolean {
  if (a.initial) return initialFits(a, b);
  if (b.initial) return initialFits(b, a);
  return a.key === b.key;
}

function suffixesConflict(a: ParsedName, b: ParsedName): boolean {
  return a.dblpSuffix !== undefined && b.dblpSuffix !== undefined && a.dblpSuffix !== b.dblpSuffix;
}

/**
 * Whether two spellings may denote one person by rule alone:
 * same surname, same spelled-out first name, and middle names that agree where both have them.
 */
export function namesCompatible(a: ParsedName, b: ParsedName): boolean {
  if (a.surname.key === '' || a.surname.key !== b.surname.key) return false;
  if (suffixesConflict(a, b)) return false;
  const [firstA, ...middleA] = a.given;
  const [firstB, ...middleB] = b.given;
  if (!firstA || !firstB) return !firstA && !firstB;
  // An initial alone is too weak to merge on (`J. Smith` could be anyone named Smith).
  if (firstA.initial || firstB.initial || firstA.key !== firstB.key) return false;
  if (middleA.length === 0 || middleB.length === 0) return true;
  const [shorter, longer] =
    middleA.length <= middleB.length ? [middleA, middleB] : [middleB, middleA];
  return shorter.every((token, i) => {
    const other = longer[i];
    return other !== undefined && tokensAgree(token, other);
  });
}

/** Levenshtein distance of at most one (`matthew` / `mathew`, `yulia` / `yuliia`). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** A typo is allowed only in names long enough that one letter is not a different name (`Dan`/`Don`). */
const TYPO_MIN_LENGTH = 5;

function typoOf(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= TYPO_MIN_LENGTH && oneEditApart(a, b);
}

export interface AgreeOptions {
  /**
   * Allow a spelled-out given name one letter off (`Matthew` / `Mathew`) or cut short
   * (`Ben` / `Benjamin`): only for two names in the same place of one paper's byline.
   */
  samePlace?: boolean;
}

/** A short form that is the start of the long one (`Ben` / `Benjamin`, `Alex` / `Alexander`). */
function shortFormOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * Same surname, and given names that agree part by part where an initial stands for any name
 * with its letter (`J.-B. Doe` / `Jean-Baptiste Doe`, `J. A. Doe` / `Jane Doe`). Says only that
 * nothing contradicts; whether they are one person needs evidence.
 */
export function initialsAgree(a: ParsedName, b: ParsedName, options: AgreeOptions = {}): boolean {
  if (a.surname.key === '' || a.surname.key !== b.surname.key) return false;
  if (suffixesConflict(a, b)) return false;
  const partsA = givenParts(a);
  const partsB = givenParts(b);
  if (partsA.length === 0 || partsB.length === 0) return partsA.length === partsB.length;
  const length = Math.min(partsA.length, partsB.length);
  for (let i = 0; i < length; i++) {
    const x = partsA[i]!;
    const y = partsB[i]!;
    if (tokensAgree(x, y)) continue;
    if (options.samePlace && !x.initial && !y.initial) {
      if (typoOf(x.key, y.key) || shortFormOf(x.key, y.key)) continue;
    }
    return false;
  }
  return true;
}

/** Whether a spelling gives its first name only as an initial (or no given name at all). */
export function initialsOnly(name: ParsedName): boolean {
  const first = name.given[0];
  return first === undefined || first.initial;
}

/** Leading spelled-out given names run together: `Jean Baptiste` and `Jean-Baptiste` give `jeanbaptiste`. */
function leadingGiven(name: ParsedName): string {
  let run = '';
  for (const token of name.given) {
    if (token.initial) break;
    run += token.key;
  }
  return run;
}

/**
 * Spellings that can never be one person whoever merged them: two different DBLP numbers,
 * first initials that differ, or two different spelled-out first names (`John` / `Jane`; not
 * `Jean` / `Jean-Baptiste`, which may be one person going by the short form, nor a typo).
 */
export function namesContradict(a: ParsedName, b: ParsedName): boolean {
  if (suffixesConflict(a, b)) return true;
  const x = a.given[0];
  const y = b.given[0];
  if (!x || !y) return false;
  if (x.initial || y.initial) return !tokensAgree(x, y);
  const [ra, rb] = [leadingGiven(a), leadingGiven(b)];
  return !ra.startsWith(rb) && !rb.startsWith(ra) && !typoOf(x.key, y.key);
}

/** Surname keys that may be one surname: equal, a typo apart, or one part of a double surname. */
function surnamesMayMatch(a: ParsedName, b: ParsedName): boolean {
  const ka = a.surname.key;
  const kb = b.surname.key;
  if (ka === '' || kb === '') return false;
  if (ka === kb || typoOf(ka, kb)) return true;
  const [shorter, longer] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  // `Dünner` / `Mendler-Dünner`: the surname key drops the hyphen, so look for the part at an end.
  return shorter.length >= 3 && (longer.endsWith(shorter) || longer.startsWith(shorter));
}

/**
 * Nothing rules out one person: used to decide that two bylines of one paper do NOT conflict,
 * so it errs towards "maybe" (typos, married names, initials, missing given names).
 */
export function couldBeSamePerson(a: ParsedName, b: ParsedName): boolean {
  if (!surnamesMayMatch(a, b)) return false;
  if (suffixesConflict(a, b)) return false;
  const x = a.given[0];
  const y = b.given[0];
  return !x || !y || x.letter === y.letter || x.key[0] === y.key[0];
}
