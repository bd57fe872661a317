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

/** Plain printable ASCII with single inner spaces: already clean, and the common case. */
function isCleanAscii(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
    } else if (code < 33 || code > 126) return false;
  }
  return true;
}

/**
 * Whether the invisible-character and space rules of `cleanText` could change `text`: an
 * invisible or non-plain space character, or a plain space at an end or doubled. One scan
 * with no allocation, where the three rules are three regexp passes. It may answer true when
 * nothing would change (then the rules run and decide); it never answers false wrongly.
 */
export function mayNeedSpacingClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return true;
    } else if (code < 0x80) {
      // Tab, line feed, vertical tab, form feed, carriage return: the ASCII `\s` besides space.
      if (code >= 9 && code <= 13) return true;
    } else if (
      code === 0x00a0 ||
      code === 0x00ad ||
      code === 0x061c ||
      code === 0x1680 ||
      code === 0x180e ||
      (code >= 0x2000 && code <= 0x200f) ||
      (code >= 0x2028 && code <= 0x202f) ||
      (code >= 0x205f && code <= 0x2069) ||
      code === 0x3000 ||
      code === 0xfeff
    )
      return true;
  }
  return false;
}

/** NFC, no invisible characters, single plain spaces, trimmed. Keeps case and diacritics. */
export function cleanText(text: string): string {
  if (isCleanAscii(text)) return text;
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
  if (isCleanAscii(text)) return text.toLowerCase();
  const clean = cleanText(text);
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
  return fold(text) === target;
}
