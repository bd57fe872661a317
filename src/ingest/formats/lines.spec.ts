import { describe, expect, it } from 'vitest';
import { excerpt, lineNumberAt, splitLines } from './lines';

describe('excerpt', () => {
  it('keeps short text, shortens long text with an ellipsis', () => {
    expect(excerpt('Dear colleagues,', 40)).toBe('Dear colleagues,');
    expect(excerpt('word '.repeat(50), 20)).toBe('word word word word…');
  });

  it('costs the same on a 5 MB line as on a short one, and stays short', () => {
    const line = 'x'.repeat(5_000_000);
    const started = performance.now();
    for (let i = 0; i < 1000; i++) expect(excerpt(line).length).toBe(80);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('drops control, bidi and zero-width characters that could rewrite a terminal line', () => {
    expect(excerpt('\u001b[2J\u001b]0;owned\u0007Ada\u202e Lovelace\u2066\u200b')).toBe(
      '[2J]0;ownedAda Lovelace',
    );
  });
});

describe('lineNumberAt', () => {
  it('counts LF, CRLF and lone CR as splitLines does', () => {
    const text = 'a\nb\r\nc\rd';
    const lines = splitLines(text);
    for (const [i, line] of lines.entries())
      expect(lineNumberAt(text, text.indexOf(line))).toBe(i + 1);
  });
});

describe('splitLines', () => {
  it.each([
    ['a\nb\n', ['a', 'b', '']],
    ['a\r\nb\rc\n\nd', ['a', 'b', 'c', '', 'd']],
    ['\r', ['', '']],
    ['one line', ['one line']],
    ['', ['']],
  ])('%j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});
