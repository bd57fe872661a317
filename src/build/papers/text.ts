/**
 * Title and abstract normalisation for paper matching.
 */
import { fold } from '../../text/fold';

/** Folded words: case, diacritics, punctuation and dashes do not matter. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The form two spellings of one title share: `Chain-of-Thought` = `Chain of Thought`,
 * `MultiModN- Multimodal` = `MultiMoDN—Multimodal`.
 */
export function titleKey(title: string): string {
  return words(title).join(' ');
}

/**
 * Words that mark a title as a different version of a work (a journal extension is its own
 * paper). Two titles that differ in these need near-identical abstracts to be merged.
 */
const VERSION_MARKERS =
  /\b(extended(?: version| abstract)?|(?:journal|long|full) version|supplementary material|erratum|corrigendum|part (?:ii|iii|iv|2|3|4))\b/;

export function versionMarker(title: string): string | undefined {
  return VERSION_MARKERS.exec(titleKey(title))?.[0];
}

/** 32-bit FNV-1a: shingles are stored as numbers, not strings, to keep memory flat at scale. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Hashed word 3-grams: sensitive to word order, so they tell a copied text from a rewrite. */
export function shingles(tokens: readonly string[], size = 3): Set<number> {
  const out = new Set<number>();
  if (tokens.length < size) {
    if (tokens.length > 0) out.add(hashString(tokens.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) {
    out.add(hashString(tokens.slice(i, i + size).join(' ')));
  }
  return out;
}

/**
 * Share of the smaller shingle set found in the larger: 1 when one abstract is the other
 * with a sentence or some page debris (`[pdf] [bib]`) added.
 */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
