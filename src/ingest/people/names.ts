/**
 * Person-name parsing and the rules that decide when two spellings may be one person.
 *
 * The rules are deliberately readable and conservative (see README, "Resolving people"):
 * a shared surname is never enough; the given names must agree token by token, where an
 * initial agrees with any name starting with that letter and a missing middle name agrees
 * with anything.
 */
import { cleanText, fold } from '../../text/fold';
import { remembering } from '../../util/remembering';

/** A given-name or surname token with its folded comparison key. */
export interface NameToken {
  readonly text: string;
  readonly key: string;
  /** `U.` or `U`: a single letter, possibly with a dot. */
  readonly initial: boolean;
  /** The first letter, folded: what an initial stands for (`key` may be romanised: `Jane` → `iane`). */
  readonly letter: string;
}

/** Shared between every caller that parses the same spelling (`parseName`): read-only. */
export interface ParsedName {
  /** The spelling as printed, cleaned of invisible characters and odd spaces. */
  readonly raw: string;
  /** The spelling without the DBLP disambiguation suffix. */
  readonly display: string;
  /** DBLP's numeric homonym suffix (`0004` in `Tao Lin 0004`). */
  readonly dblpSuffix?: string;
  readonly given: readonly NameToken[];
  readonly surname: NameToken;
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
  const key = isSurname ? looseKey(folded) : givenNameKey(bare);
  return { text, key, initial, letter: bare.replace(/[^a-z0-9]/g, '')[0] ?? key[0] ?? '' };
}

/** `Jr.`, `Sr.`, `III`: part of the printed name, not a given name or a surname. */
const GENERATION_RE = /^(jr|sr|ii|iii|iv)\.?$/i;

/**
 * Parsed names by spelling. A department's listings print one person's name hundreds of times
 * and each stage asks again (owners, bylines, variants): parsing was a tenth of a large build.
 * Parsed names are shared, so nobody may change one.
 */
export const parseName: (spelling: string) => ParsedName = remembering(parseNameAfresh, 500_000);

function parseNameAfresh(spelling: string): ParsedName {
  const raw = cleanText(spelling);
  const suffix = DBLP_SUFFIX_RE.exec(raw);
  const display = suffix ? raw.slice(0, suffix.index).trim() : raw;
  const words = display
    .split(' ')
    .filter((word) => word !== '' && !GENERATION_RE.test(word))
    .flatMap(splitInitials);
  const last = words.pop() ?? '';
  // `Evan M. Cofer Cofer`: a surname printed twice is one surname.
  while (words.length > 1 && fold(words[words.length - 1]!) === fold(last)) words.pop();
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

/**
 * Exact identity after folding: `Francois Fleuret` = `François Fleuret`, `Tao Lin 0004` ≈ `Tao Lin`.
 * Spelled-out given names run together, so `Jean-Baptiste`, `Jean Baptiste` and `JeanBaptiste`
 * (and `Yi-Fan`, `Yi Fan`, `Yifan`) are one spelling; initials stay apart (`Ann A.` ≠ `Anna`).
 */
export function exactKey(name: ParsedName): string {
  const given: string[] = [];
  let run = '';
  for (const token of name.given) {
    if (token.initial) {
      if (run) given.push(run);
      given.push(`${token.key}.`);
      run = '';
    } else run += token.key;
  }
  if (run) given.push(run);
  return [...given, name.surname.key].join(' ');
}

/**
 * The given names as parts for comparing initials: `Jean-Baptiste` answers to `J.-B.`, so it
 * has two parts, `jean` and `baptiste`; an initial is a part of one letter.
 */
export function givenParts(name: ParsedName): NameToken[] {
  return name.given.flatMap((token) => {
    if (token.initial || !token.text.includes('-')) return [token];
    return token.text
      .split('-')
      .filter(Boolean)
      .map((part) => toToken(part, false));
  });
}

/**
 * How complete a spelling is, for choosing the display name: spelled-out tokens first,
 * then more tokens, then more diacritics (`Takáč` over `Takác` over `Takac`).
 */
export function fullness(name: ParsedName): [number, number, number, number, number] {
  // Parts, so `Jean-Baptiste` is as full as `Jean Baptiste`, and the hyphen (which says the
  // two are one given name) wins the tie.
  const tokens = [...givenParts(name), name.surname];
  // `BK` after a first name (`Thomas BK Watkins`) is two initials without dots, not a name.
  const gluedInitials = name.given.filter((t, i) => i > 0 && /^\p{Lu}{2,3}$/u.test(t.text)).length;
  const spelled = tokens.filter((t) => !t.initial).length - gluedInitials;
  const diacritics = name.display.normalize('NFD').replace(/[^\p{M}]/gu, '').length;
  const hyphens = name.given.filter((t) => !t.initial && t.text.includes('-')).length;
  // Initials printed with their dots (`Casey S. Greene` over `Casey S Greene`), and a name printed
  // as parsed (not `Evan M. Cofer Cofer`).
  const tidy =
    name.given.filter((t) => t.initial && t.text.endsWith('.')).length -
    (name.display.split(' ').length - name.given.length - 1);
  return [spelled, tokens.length, diacritics, hyphens, tidy];
}
