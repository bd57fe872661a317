/**
 * A printed author name without what pages glue to it: equal-contribution and corresponding
 * author marks (`Anna Lee*`, `†Bo Li`), footnote numbers (`Smith1,2`, `Smith¹`, `Smith^{1}`)
 * and the debris site generators leave (`A<!>nna`). Without this, `Smith*` and `Smith` would
 * be two people. A DBLP homonym suffix (`Tao Lin 0004`: a space then four digits) is part of
 * the name and stays, and so do digits inside a word.
 */
import { stripStyleTags } from '../clean/styleTags';

/** Contribution and contact marks: asterisks of every kind, daggers, section and pilcrow, #, envelopes. */
const MARKS_RE = /[*∗⁎⋆★†‡§¶#✉✝]+/g;
/** LaTeX superscripts: `^{1,2}`, `^{\dagger}`, `^1`, `^a`. */
const LATEX_SUPERSCRIPT_RE = /\^(?:\{[^{}]{0,40}\}|[\w,]+)/g;
/** Unicode superscript digits, signs and the comma lists between them. */
const SUPERSCRIPT_RE =
  /[\u2070\u00B9\u00B2\u00B3\u2074-\u207E]+(?:,[\u2070\u00B9\u00B2\u00B3\u2074-\u207E]+)*/g;
/**
 * Footnote numbers glued to the end of a word (`Smith1`, `Smith1,2`, `Lee12`): one or two
 * digits right after a letter or a dot, ending the word. Four digits after a space (DBLP) never match.
 */
const GLUED_FOOTNOTE_RE = /(?<=[\p{L}.)])\d{1,2}(?:\s?,\s?\d{1,2})*(?=$|[\s,;])/gu;

export function cleanPersonName(name: string): string {
  if (!/[*∗⁎⋆★†‡§¶#✉✝<^\d\u00B2\u00B3\u00B9\u2070-\u207E]/.test(name)) return name;
  return stripStyleTags(name)
    .replace(LATEX_SUPERSCRIPT_RE, '')
    .replace(SUPERSCRIPT_RE, '')
    .replace(MARKS_RE, ' ')
    .replace(GLUED_FOOTNOTE_RE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;]+|[\s,;]+$/g, '');
}
