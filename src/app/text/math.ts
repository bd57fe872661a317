/**
 * Splits listing text into plain runs and `$…$` math. Pandoc's rule keeps prices and stray
 * dollars as text: an opening `$` is not followed by a space, a closing `$` is not preceded
 * by one nor followed by a digit. `\$` is a literal dollar; `$$…$$` is display math.
 */

export type TextSegment =
  { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean };

export function hasMath(text: string): boolean {
  return splitMath(text).some((segment) => segment.kind === 'math');
}

export function splitMath(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let plain = '';
  const flush = () => {
    if (plain) segments.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === '$') {
      plain += '$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      plain += ch;
      i++;
      continue;
    }
    const display = text[i + 1] === '$';
    const open = display ? 2 : 1;
    const close = findClosing(text, i + open, display);
    if (close < 0) {
      plain += display ? '$$' : '$';
      i += open;
      continue;
    }
    const tex = text.slice(i + open, close);
    flush();
    segments.push({ kind: 'math', tex, display });
    i = close + open;
  }
  flush();
  return segments;
}

function findClosing(text: string, start: number, display: boolean): number {
  const first = text[start];
  if (first === undefined || /\s/.test(first) || first === '$') return -1;
  for (let j = start; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '\\') {
      j++; // skip the escaped character, `\$` included
      continue;
    }
    if (ch !== '$') continue;
    if (display) {
      if (text[j + 1] === '$') return j;
      continue;
    }
    if (/\s/.test(text[j - 1] ?? ' ')) continue;
    if (/\d/.test(text[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}
