/**
 * A file's lines cleaned once for every detector and parser. The parse stage cleans each
 * line before detection, and the text formats clean what they read again (they are also
 * given raw lines, by tests and the read stage). On lines that already are their own clean
 * form, that second clean is a scan of the file per detector and per parser for nothing;
 * `lineCleaner` skips it exactly where it is known to change nothing.
 */
import { cleanText } from '../../text/fold';
import { splitLines } from './lines';

/**
 * Line arrays whose every line is its own `cleanText`. Held weakly: a listing's lines go
 * when its parse is done. The arrays are `readonly` to every format, so they stay settled.
 */
const settled = new WeakSet<readonly string[]>();

/**
 * `splitLines(text).map(cleanText)`, remembered as settled when cleaning again would change
 * no line. Cleaning is not always idempotent (an invisible character between a letter and
 * an accent goes, and the two then compose), so a line that cleaning changed is checked;
 * one it left as it is cleans to itself again by definition.
 */
export function cleanLines(text: string): string[] {
  const lines = splitLines(text);
  let allSettled = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const clean = cleanText(raw);
    if (clean === raw) continue;
    lines[i] = clean;
    if (allSettled && cleanText(clean) !== clean) allSettled = false;
  }
  if (allSettled) settled.add(lines);
  return lines;
}

/** `cleanText` for lines of `lines`: nothing to do on settled lines, else the real thing. */
export function lineCleaner(lines: readonly string[]): (line: string) => string {
  return settled.has(lines) ? keepLine : cleanText;
}

const keepLine = (line: string): string => line;
