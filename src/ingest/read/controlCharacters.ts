/**
 * Control characters (other than tabs and line ends) are never part of a listing: they come
 * from a glitched copy, a flipped byte, or someone hoping to rewrite a terminal with ANSI
 * escapes. They are removed, and the read stage says where the first one was.
 */

// The point of this pattern is to match control characters.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

export interface ControlRemoval {
  text: string;
  removed: number;
  /** Index of the first removed character in the original text (-1 when none). */
  firstAt: number;
}

export function removeControlCharacters(text: string): ControlRemoval {
  CONTROL_RE.lastIndex = 0;
  const first = CONTROL_RE.exec(text);
  if (!first) return { text, removed: 0, firstAt: -1 };
  let removed = 0;
  const cleaned = text.replace(CONTROL_RE, () => {
    removed++;
    return '';
  });
  return { text: cleaned, removed, firstAt: first.index };
}
