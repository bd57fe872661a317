import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';
import { parseCsv } from '../../../tests/support/exportFixtures';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });

  it('writes a BOM, CRLF records and reads back field for field', () => {
    const rows = [
      ['Takáč, Martin', 'line\r\nbreak', '"quoted"'],
      ['', 'ü', 'x'],
    ];
    const text = toCsv(['a', 'b', 'c'], rows);
    expect(text.startsWith('\uFEFFa,b,c\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ...rows]);
  });
});
