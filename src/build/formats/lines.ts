/** Splits text into lines, accepting LF, CRLF and lone CR endings (pages copied from anywhere). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if ((lines[i] ?? '').trim() !== '') return i;
  }
  return -1;
}

/** Short excerpt of a line for messages, so a 5 MB line does not flood the terminal. */
export function excerpt(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
