import { describe, expect, it } from 'vitest';
import { cleanText } from '../../text/fold';
import { splitLines } from './lines';
import { cleanLines, lineCleaner } from './settledLines';

describe('cleanLines', () => {
  it('is splitLines then cleanText on each line', () => {
    const text = '  Martin\u00A0Jaggi \r\nh-index 45\rJos\u00E9\n\n\u200B';
    expect(cleanLines(text)).toEqual(splitLines(text).map(cleanText));
  });
});

describe('lineCleaner', () => {
  it('leaves the lines of a settled file as they are', () => {
    const lines = cleanLines('Martin Jaggi\n  26.6CLNov 27, 2023Code \nTakáč');
    const clean = lineCleaner(lines);
    expect(lines.map(clean)).toEqual(lines);
    // Only its own lines are known clean: any other text is cleaned.
    expect(lineCleaner(['  a  b '])('  a  b ')).toBe('a b');
  });

  it('cleans again the lines of a file that one clean does not settle', () => {
    // The invisible character goes, then `e` and the accent compose: a second clean differs.
    const lines = cleanLines('Title\ne\u200B\u0301');
    expect(cleanText(lines[1]!)).not.toBe(lines[1]);
    const clean = lineCleaner(lines);
    expect(lines.map(clean)).toEqual(lines.map(cleanText));
  });

  it('cleans raw lines', () => {
    expect(lineCleaner(splitLines(' x  y '))(' x  y ')).toBe('x y');
  });
});
