/**
 * A profile listing's byline (`A, B, C et al. · affiliation`): which lines are names, and the
 * line that stands where a title was lost.
 */
import { cleanText } from '../../text/fold';
import { remembering } from '../../util/remembering';

const ET_AL_RE = /,?\s+et al\.?$/;
/** A name: letters, marks, apostrophes, dots, hyphens. */
const NAME_RE = /^\p{Lu}[\p{L}\p{M}'’.\- ]*$/u;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'du',
  'da',
  'der',
  'den',
  'del',
  'della',
  'di',
  'dos',
  'das',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'al',
  'y',
  'e',
]);

/**
 * Looks like a person's name, not a clause of a sentence: capitalised words, dots only after
 * initials. Bylines repeat the same coauthors on entry after entry: each text is judged once.
 */
export const looksLikeName: (text: string) => boolean = remembering(judgeName, 100_000);

function judgeName(text: string): boolean {
  if (!NAME_RE.test(text) || text.length > 80) return false;
  const words = text.split(' ');
  if (words.length > 6) return false;
  const lowercase = words.filter((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w));
  const strayDots = words.filter((w) => w.endsWith('.') && !/^(\p{Lu}\.)+$|^(Jr|Sr)\.$/u.test(w));
  return lowercase.length <= 1 && strayDots.length === 0;
}

export interface Byline {
  names: string[];
  cut: boolean;
  affiliation?: string;
}

/** Reads `A, B, C et al. · affiliation`; undefined when the line does not look like names. */
export function parseByline(line: string): Byline | undefined {
  const text = cleanText(line);
  if (text.length > 600) return undefined;
  const dot = text.lastIndexOf(' · ');
  const namesPart = dot >= 0 ? text.slice(0, dot) : text;
  const affiliation = dot >= 0 ? text.slice(dot + 3).trim() : undefined;
  const cut = ET_AL_RE.test(namesPart);
  const names = namesPart
    .replace(ET_AL_RE, '')
    .split(/,\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  const plausible = names.length > 0 && names.every(looksLikeName);
  if (!plausible) return undefined;
  return { names, cut, ...(affiliation ? { affiliation } : {}) };
}

/**
 * A header followed straight by a byline: the title was lost in the copy. Only a line with
 * the marks of a byline counts (`et al.`, `· affiliation`, two or more names, the owner),
 * and only when the next line is no byline itself, so a title that happens to look like a
 * name ("Deep Learning") followed by its byline stays a title.
 */
export function bylineInPlaceOfTitle(
  title: string,
  next: string | undefined,
  namesOwner: (names: readonly string[]) => boolean,
): Byline | undefined {
  const byline = parseByline(title);
  if (!byline || (next !== undefined && parseByline(next))) return undefined;
  const marked =
    byline.cut ||
    byline.affiliation !== undefined ||
    byline.names.length >= 2 ||
    namesOwner(byline.names);
  return marked ? byline : undefined;
}
