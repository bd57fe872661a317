/**
 * Person-name parsing and the rules that decide when two spellings may be one person.
 *
 * The rules are deliberately readable and conservative (see README, "Resolving people"):
 * a shared surname is never enough; the given names must agree token by token, where an
 * initial agrees with any name starting with that letter and a missing middle name agrees
 * with anything.
 */
import { cleanText, fold } from '../../text/fold';

/** A given-name or surname token with its folded comparison key. */
export interface NameToken {
  text: string;
  key: string;
  /** `U.` or `U`: a single letter, possibly with a dot. */
  initial: boolean;
}

export interface ParsedName {
  /** The spelling as printed, cleaned of invisible characters and odd spaces. */
  raw: string;
  /** The spelling without the DBLP disambiguation suffix. */
  display: string;
  /** DBLP's numeric homonym suffix (`0004` in `Tao Lin 0004`). */
  dblpSuffix?: string;
  given: NameToken[];
  surname: NameToken;
}

const DBLP_SUFFIX_RE = /\s+(\d{4})$/;

/**
 * German-style transliteration folds `ä`→`ae` while plain folding gives `a`; dropping the
 * `e` after a vowel that an umlaut may have produced lets `Rätsch` and `Raetsch` meet.
 */
function looseKey(folded: string): string {
  return folded.replace(/([aou])e/g, '$1').replace(/[^a-z0-9]/g, '');
}

/**
 * Given names romanised from Cyrillic differ in predictable places
 * (`Anastasiia`/`Anastasia`, `Dmitrii`/`Dmitriy`/`Dmitry`, `Yulia`/`Iulia`).
 */
function givenNameKey(folded: string): string {
  return looseKey(folded)
    .replace(/iia/g, 'ia')
    .replace(/(ii|iy|yi)$/, 'y')
    .replace(/^(ju|yu)/, 'iu')
    .replace(/^(ja|ya)/, 'ia');
}

function splitInitials(token: string): string[] {
  // `T.T.` or `J.-B.` glued together: one initial each.
  if (/^(\p{Lu}\.-?){2,}$/u.test(token)) return token.split(/(?<=\.)-?/).filter(Boolean);
  return [token];
}

function toToken(text: string, isSurname: boolean): NameToken {
  const folded = fold(text);
  const bare = folded.replace(/\./g, '');
  const initial = !isSurname && /^\p{L}$/u.test(bare);
  return { text, key: isSurname ? looseKey(folded) : givenNameKey(bare), initial };
}

export function parseName(spelling: string): ParsedName {
  const raw = cleanText(spelling);
  const suffix = DBLP_SUFFIX_RE.exec(raw);
  const display = suffix ? raw.slice(0, suffix.index).trim() : raw;
  const words = display.split(' ').filter(Boolean).flatMap(splitInitials);
  const last = words.pop() ?? '';
  return {
    raw,
    display,
    ...(suffix?.[1] ? { dblpSuffix: suffix[1] } : {}),
    given: words.map((w) => toToken(w, false)),
    surname: toToken(last, true),
  };
}

/** The key that every spelling of one person shares: surname plus first given name. */
export function blockingKey(name: ParsedName): string {
  const first = name.given[0];
  return `${name.surname.key}|${first && !first.initial ? first.key : ''}`;
}

/** Exact identity after folding: `Francois Fleuret` = `François Fleuret`, `Tao Lin 0004` ≈ `Tao Lin`. */
export function exactKey(name: ParsedName): string {
  return [...name.given.map((t) => t.key), name.surname.key].join(' ');
}

function tokensAgree(a: NameToken, b: NameToken): boolean {
  if (a.initial || b.initial) return a.key[0] === b.key[0];
  return a.key === b.key;
}

/**
 * Whether two spellings may denote one person by rule alone:
 * same surname, same spelled-out first name, and middle names that agree where both have them.
 */
export function namesCompatible(a: ParsedName, b: ParsedName): boolean {
  if (a.surname.key === '' || a.surname.key !== b.surname.key) return false;
  if (a.dblpSuffix && b.dblpSuffix && a.dblpSuffix !== b.dblpSuffix) return false;
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

/**
 * How complete a spelling is, for choosing the display name: spelled-out tokens first,
 * then more tokens, then more diacritics (`Takáč` over `Takác` over `Takac`).
 */
export function fullness(name: ParsedName): [number, number, number] {
  const tokens = [...name.given, name.surname];
  const spelled = tokens.filter((t) => !t.initial).length;
  const diacritics = name.display.normalize('NFD').replace(/[^\p{M}]/gu, '').length;
  return [spelled, tokens.length, diacritics];
}
