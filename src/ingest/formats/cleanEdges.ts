/**
 * What a line's cleaned form (`cleanText`) ends with, told without cleaning it: the line
 * patterns that split a listing into entries are anchored at both ends, and most lines
 * (abstract sentences ending in `.`) can be turned down by their last character alone,
 * sparing a clean of every line of the file just to test it.
 */

/**
 * False only when `cleanText(line)` surely does not end with one of `endings`. A printable
 * ASCII last character is kept by cleaning: it is no space or invisible character (so it
 * is not trimmed or removed) and NFC composes no character into a preceding one. Any other
 * last character may change, so then the answer is true and the caller cleans and tests.
 */
export function mayCleanEndWith(line: string, endings: string): boolean {
  const code = line.charCodeAt(line.length - 1);
  if (code > 32 && code < 127) return endings.includes(line.charAt(line.length - 1));
  return true;
}
