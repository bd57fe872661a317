/**
 * Title and abstract normalisation for paper matching.
 */
import { fold } from '../../text/fold';
import { remembering } from '../../util/remembering';

/** Folded words: case, diacritics, punctuation and dashes do not matter. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The form two spellings of one title share: `Chain-of-Thought` = `Chain of Thought`,
 * `MultiModN- Multimodal` = `MultiMoDN—Multimodal`.
 *
 * Remembered: every title is keyed by matching, by its version marker, by its paper's id
 * and by the alternative-title check, each time the same string; folding and splitting it
 * four times was a tenth of resolving papers.
 */
export const titleKey: (title: string) => string = remembering(
  (title) => words(title).join(' '),
  500_000,
);

/**
 * Words that mark a title as a different version of a work (a journal extension is its own
 * paper). Two titles that differ in these need near-identical abstracts to be merged.
 */
const VERSION_MARKERS =
  /\b(extended(?: version| abstract)?|(?:journal|long|full) version|supplementary material|erratum|corrigendum|part (?:ii|iii|iv|2|3|4))\b/;

export function versionMarker(title: string): string | undefined {
  return VERSION_MARKERS.exec(titleKey(title))?.[0];
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/**
 * The folded words of a text as 32-bit hashes, written into `into` (grown when too small),
 * without building a string per word: the abstract index reads millions of words and only
 * needs to tell them apart. (Two words colliding in 32 bits would share a weight; at a
 * million distinct words that is a rounding error.) Returns the buffer and the word count.
 */
export function wordHashes(
  text: string,
  into?: Uint32Array<ArrayBuffer>,
): { hashes: Uint32Array<ArrayBuffer>; count: number } {
  const folded = fold(text);
  const hashes =
    into && into.length > folded.length / 2
      ? into
      : new Uint32Array(Math.ceil(folded.length / 2) + 1);
  let count = 0;
  // The FNV offset basis as an int32 (the same bits): as 2166136261 it is no int32, and the
  // loop would carry `hash` as a double.
  const basis = 0x811c9dc5 | 0;
  let hash = basis;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const isWordChar =
      (code >= 97 && code <= 122) ||
      (code >= 48 && code <= 57) ||
      (code > 127 && LETTER_OR_DIGIT_RE.test(folded[i]!));
    if (isWordChar) {
      hash = Math.imul(hash ^ code, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes[count++] = hash >>> 0;
      hash = basis;
      inWord = false;
    }
  }
  if (inWord) hashes[count++] = hash >>> 0;
  return { hashes, count };
}

const SHINGLE_SIZE = 3;

/**
 * Sorted unique hashes of the word 3-grams of `ids[0 .. count)`, written into `out`; returns
 * how many. Built from term ids (no strings): order-sensitive, so they tell a copy from a rewrite.
 */
export function shingleHashes(ids: Int32Array, count: number, out: Uint32Array): number {
  const n = Math.max(1, count - SHINGLE_SIZE + 1);
  for (let i = 0; i < n; i++) {
    let h = Math.imul(ids[i]! + 1, 0x9e3779b1);
    h = Math.imul(h ^ (i + 1 < count ? ids[i + 1]! : -1), 0x85ebca77);
    h = Math.imul(h ^ (i + 2 < count ? ids[i + 2]! : -2), 0xc2b2ae3d);
    out[i] = (h ^ (h >>> 16)) >>> 0;
  }
  out.subarray(0, n).sort();
  let unique = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i]!;
  return unique;
}
