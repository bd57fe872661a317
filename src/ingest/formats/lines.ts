import { cleanText } from '../../text/fold';

/** Splits text into lines, accepting LF, CRLF and lone CR endings (pages copied from anywhere). */
export function splitLines(text: string): string[] {
  // Splitting at a plain string is several times faster than at a regexp, and without any
  // CR (the usual file) the regexp splits exactly at each LF.
  if (!text.includes('\r')) return text.split('\n');
  return text.split(/\r\n|\n|\r/);
}

/**
 * 1-based number of the line that holds `text[index]`, counting line ends exactly as
 * `splitLines` does, so a message about a character points where the parsers point.
 */
export function lineNumberAt(text: string, index: number): number {
  let line = 1;
  const end = Math.min(index, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if ((lines[i] ?? '').trim() !== '') return i;
  }
  return -1;
}

/** Control and format characters: invisible, and able to rewrite a terminal line (ANSI, bidi). */
const UNPRINTABLE_RE = /\p{C}/gu;

/**
 * Short excerpt of a line for messages. Only a bounded prefix is looked at, so a 5 MB line
 * costs what a short one does and never floods the terminal; control and bidi characters
 * are dropped so a hostile line cannot rewrite the message around it.
 */
export function excerpt(text: string, max = 80): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = cleanText(head).replace(UNPRINTABLE_RE, '');
  // Code points are never more than UTF-16 units: a short whole text is its own excerpt.
  if (clean.length <= max && head.length === text.length) return clean;
  // Counted in code points, as spreading the string into characters did, without the array
  // of one-character strings per message (the report excerpts every entry of a build).
  const cut = codePointEnd(clean, max - 1);
  if (head.length === text.length && codePointEnd(clean, 1, cut) === clean.length) return clean;
  return `${clean.slice(0, cut).trimEnd()}…`;
}

/** Index just past `count` code points of `text` from `from` (or its length, if it is shorter). */
function codePointEnd(text: string, count: number, from = 0): number {
  let at = from;
  for (let n = 0; n < count && at < text.length; n++) at += text.codePointAt(at)! > 0xffff ? 2 : 1;
  return at;
}

/** The scraped text listings (profile pages, author clusters, abstract lists) come as plain text. */
export const LISTING_TEXT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.listing', ''];

/** 1-based line of each offset, in one pass. */
export function linesOf(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    lines.push(line);
  }
  return lines;
}
