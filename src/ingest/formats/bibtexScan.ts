/**
 * Splits a `.bib` file into entries the way biber and JabRef find them, before any entry is
 * parsed: so one broken entry costs only itself, every entry keeps its offset (its line), and
 * hostile input is bounded here, in one linear pass without recursion.
 *
 * - A line whose first non-blank character is `%` is a comment (biber, JabRef): blanked to
 *   spaces of the same length, so offsets and line numbers do not move. An entry commented
 *   out line by line (`%@article{…` … `%}`) is then simply not there.
 * - An entry whose braces never close ends where the next entry starts at the beginning of a
 *   line (`@inproceedings{` …): it is rejected, the next one is read.
 * - `@comment`, `@preamble` are skipped; `@string` definitions are collected for every entry.
 * - `(`…`)` delimited entries are rewritten to `{`…`}`, which citation.js requires.
 */

/** Deeper brace nesting is no bibliography; it would only exhaust a recursive parser's stack. */
export const MAX_BRACE_DEPTH = 64;
/** An entry (and so any field) longer than this is pasted data, not a reference. */
export const MAX_ENTRY_CHARS = 1_000_000;
/** More entries than any bibliography has: the rest of the file is not read. */
export const MAX_ENTRIES = 200_000;

export interface ScannedEntry {
  type: string;
  /** Offset of the `@` in the file's text. */
  offset: number;
  /** The entry's text (comment lines blanked, `{`…`}` delimited); only its start when rejected. */
  text: string;
  /** Why the entry cannot be parsed (set instead of parsing it). */
  problem?: string;
}

export interface BibtexScan {
  entries: ScannedEntry[];
  strings: string[];
  /** Offset where reading stopped because the file holds more than MAX_ENTRIES entries. */
  stoppedAt?: number;
}

const ENTRY_START_RE = /@([a-zA-Z]+)\s*([{(])/g;
const SKIPPED_TYPES = new Set(['comment', 'preamble']);
const COMMENT_LINE_RE = /^[ \t]*%[^\n\r]*/gm;

/** `%` comment lines as spaces: same length, same offsets. */
export function blankCommentLines(text: string): string {
  return text.includes('%')
    ? text.replace(COMMENT_LINE_RE, (line) => ' '.repeat(line.length))
    : text;
}

interface Extent {
  /** Offset just past the closing delimiter, or where the entry was cut off. */
  end: number;
  closed: boolean;
  deepest: number;
}

/** Where the entry opened at `open` ends: balanced braces, or the next line-start entry. */
function entryExtent(text: string, open: number, delimiter: '{' | '('): Extent {
  const close = delimiter === '(' ? ')' : '}';
  let depth = 0;
  let deepest = 0;
  // Tracked as we go (not looked back for), so a long line full of `@` stays linear.
  let lineStart = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    const startedLine = lineStart;
    if (c === '\n' || c === '\r') lineStart = true;
    else if (c !== ' ' && c !== '\t') lineStart = false;
    if (c === '\\') i++;
    else if (c === '{' || c === delimiter) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === '}' || c === close) {
      depth--;
      if (depth === 0) return { end: i + 1, closed: true, deepest };
    } else if (c === '@' && startedLine) {
      ENTRY_START_RE.lastIndex = i;
      const next = ENTRY_START_RE.exec(text);
      if (next?.index === i) return { end: i, closed: false, deepest };
    }
  }
  return { end: text.length, closed: false, deepest };
}

function problemOf(extent: Extent, length: number, commentedOut: boolean): string | undefined {
  if (extent.deepest > MAX_BRACE_DEPTH)
    return `braces nested ${extent.deepest} deep (more than ${MAX_BRACE_DEPTH})`;
  if (length > MAX_ENTRY_CHARS)
    return `entry of ${length} characters (more than ${MAX_ENTRY_CHARS})`;
  if (!extent.closed)
    return commentedOut
      ? 'its braces never close: its lines are commented out with %'
      : 'its braces never close';
  return undefined;
}

export function scanBibtex(source: string): BibtexScan {
  const text = blankCommentLines(source);
  const entries: ScannedEntry[] = [];
  const strings: string[] = [];
  let from = 0;
  for (;;) {
    ENTRY_START_RE.lastIndex = from;
    const match = ENTRY_START_RE.exec(text);
    if (!match) break;
    const type = (match[1] ?? '').toLowerCase();
    const open = match.index + match[0].length - 1;
    const delimiter = match[2] === '(' ? '(' : '{';
    const extent = entryExtent(text, open, delimiter);
    from = Math.max(extent.end, open + 1);
    if (SKIPPED_TYPES.has(type)) continue;
    const length = extent.end - match.index;
    const commentedOut =
      !extent.closed &&
      source.slice(match.index, extent.end) !== text.slice(match.index, extent.end);
    const problem = problemOf(extent, length, commentedOut);
    if (type === 'string') {
      if (!problem) strings.push(text.slice(match.index, extent.end));
      continue;
    }
    if (entries.length === MAX_ENTRIES) return { entries, strings, stoppedAt: match.index };
    if (problem) {
      // Enough to show which entry it is; the rest is never parsed.
      const shown = text.slice(match.index, Math.min(extent.end, match.index + 400));
      entries.push({ type, offset: match.index, text: shown, problem });
      continue;
    }
    let body = text.slice(match.index, extent.end);
    if (delimiter === '(')
      body = `${body.slice(0, open - match.index)}{${body.slice(open - match.index + 1, -1)}}`;
    entries.push({ type, offset: match.index, text: body });
  }
  return { entries, strings };
}
