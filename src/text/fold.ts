/**
 * Text folding shared by the build step (matching) and the client (search):
 * both sides must agree on when two spellings are "the same letters".
 */

/** Letters that Unicode does not decompose into base + combining mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  þ: 'th',
  Þ: 'TH',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * Zero-width and other invisible format characters that sneak in from web pages, bidi
 * embeddings and isolates included: a name with one reads the same on screen and must not
 * become a second person.
 */
const INVISIBLE_RE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/**
 * Every run of spaces of any kind (NBSP, thin space, ideographic space, line ends...; all in
 * `\s`) becomes one plain space. Only runs that need it match: a lone plain space is left
 * alone, so clean text costs one scan instead of a replacement per word (a 5 MB line).
 */
const SPACES_RE = /[^\S ]\s*| \s+/g;

/** Anything but printable ASCII and the plain space. */
const NOT_PRINTABLE_ASCII_RE = /[^\x20-\x7E]/;

/**
 * Plain printable ASCII with single inner spaces: already clean, and the common case. A
 * regexp test and a substring search run at native speed, where a charCode loop over every
 * line of a 250 MB build cost twice as much.
 */
function isCleanAscii(text: string): boolean {
  return (
    text.charCodeAt(0) !== 32 &&
    text.charCodeAt(text.length - 1) !== 32 &&
    !NOT_PRINTABLE_ASCII_RE.test(text) &&
    !text.includes('  ')
  );
}

/**
 * Every character the invisible-character and space rules of `cleanText` act on: the
 * invisible ones and every `\s` but the plain space (a few harmless neighbours included:
 * they only send a text down the slow, exact path).
 */
const SPACING_SUSPECT_RE =
  /[\t-\r\u00A0\u00AD\u061C\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2069\u3000\uFEFF]/;

/**
 * Whether the invisible-character and space rules of `cleanText` could change `text`: an
 * invisible or non-plain space character, or a plain space at an end or doubled. One
 * regexp test and a substring search, where the rules are three regexp passes. It may
 * answer true when nothing would change (then the rules run and decide); it never answers
 * false wrongly.
 */
export function mayNeedSpacingClean(text: string): boolean {
  return (
    text.charCodeAt(0) === 32 ||
    text.charCodeAt(text.length - 1) === 32 ||
    SPACING_SUSPECT_RE.test(text) ||
    text.includes('  ')
  );
}

/** NFC, no invisible characters, single plain spaces, trimmed. Keeps case and diacritics. */
export function cleanText(text: string): string {
  return isCleanAscii(text) ? text : cleanUnlessAscii(text);
}

/** `cleanText` for a text already found not to be clean ASCII (the scan is not repeated). */
function cleanUnlessAscii(text: string): string {
  // Normalising text that already is NFC returns it as is; the scan then spares the
  // regexps on the clean non-ASCII text (names, abstracts) that is cleaned again and again.
  const composed = text.normalize('NFC');
  if (!mayNeedSpacingClean(composed)) return composed;
  return composed.replace(INVISIBLE_RE, '').replace(SPACES_RE, ' ').trim();
}

/** Removes diacritics (`Takáč` → `Takac`), keeping case. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize('NFC');
}

/**
 * Case- and diacritic-insensitive form with clean spaces: the basis of every match key.
 * Upper-casing first applies the full case mappings (`ß`→`SS`, Greek iota subscripts),
 * so a text and its upper-case form fold alike.
 */
export function fold(text: string): string {
  return isCleanAscii(text) ? text.toLowerCase() : foldUnlessAscii(text);
}

/** `fold` for a text already found not to be clean ASCII (the scan is not repeated). */
function foldUnlessAscii(text: string): string {
  const clean = cleanUnlessAscii(text);
  // ASCII has no diacritics and no special case mappings.
  if (isCleanAscii(clean)) return clean.toLowerCase();
  return stripDiacritics(clean.toUpperCase().toLowerCase());
}

/**
 * `fold(text) === target`, without lower-casing a whole ASCII line (an abstract) only to see
 * that it is not a short marker: for clean ASCII `fold` is `toLowerCase`, which keeps length.
 */
export function foldEquals(text: string, target: string): boolean {
  if (isCleanAscii(text)) return text.length === target.length && text.toLowerCase() === target;
  return foldUnlessAscii(text) === target;
}
