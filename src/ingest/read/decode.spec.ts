import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Martin Jaggi\n')]);
    expect(decodeText('f.txt', bytes)).toEqual({
      text: 'Martin Jaggi\n',
      binary: false,
      issues: [],
    });
  });

  it('reads invalid UTF-8 as Latin-1 and names the first bad line', () => {
    // `François` in Latin-1: 0xE7 alone is not UTF-8.
    const bytes = new Uint8Array([
      ...utf8('EPFL\nAbstract:ok\n'),
      ...[0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73, 0x0a],
    ]);
    const decoded = decodeText('f.txt', bytes);
    expect(decoded.text).toContain('François');
    expect(decoded.issues).toEqual([
      {
        file: 'f.txt',
        line: 3,
        severity: 'warning',
        message: 'not valid UTF-8: read as Latin-1 (Windows-1252)',
      },
    ]);
  });

  it('reads the Windows-1252 letters of 0x80-0x9F, which Node decodes as control codes', () => {
    // ‘Œuvre’ – €5 • “quoted”
    const bytes = new Uint8Array([
      0x91, 0x8c, 0x75, 0x76, 0x72, 0x65, 0x92, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x95, 0x20,
      0x93, 0x71, 0x94,
    ]);
    const decoded = decodeText('f.txt', bytes);
    expect(decoded.text).toBe('‘Œuvre’ – €5 • “q”');
    expect(decoded.issues.map((i) => i.message)).toEqual([
      'not valid UTF-8: read as Latin-1 (Windows-1252)',
    ]);
  });

  it('keeps good UTF-8 lines intact in a file with a few Latin-1 lines, and counts those', () => {
    const bytes = new Uint8Array([
      ...utf8('Martin Takáč\n'),
      ...[0x4a, 0x6f, 0x73, 0xe9, 0x0a], // José
      ...utf8('Gunnar Rätsch\r\n'),
      ...[0x52, 0xe4, 0x74, 0x73, 0x63, 0x68, 0x0d, 0x0a], // Rätsch, CRLF
    ]);
    const decoded = decodeText('f.txt', bytes);
    expect(decoded.text).toBe('Martin Takáč\nJosé\nGunnar Rätsch\r\nRätsch\r\n');
    expect(decoded.issues).toEqual([
      {
        file: 'f.txt',
        line: 2,
        severity: 'warning',
        message: 'not valid UTF-8: read as Latin-1 (Windows-1252), and 1 more line like it',
      },
    ]);
  });

  it('reads UTF-16 with or without a byte order mark', () => {
    const text = 'Author name cluster\nFrançois Fleuret\n';
    const le = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    for (const bytes of [[0xff, 0xfe, ...le], le, [0xfe, 0xff, ...be], be]) {
      expect(decodeText('f.txt', new Uint8Array(bytes))).toEqual({
        text,
        binary: false,
        issues: [],
      });
    }
  });

  it('removes stray control characters from text, naming the first line, and keeps the rest', () => {
    const decoded = decodeText(
      'f.txt',
      new Uint8Array(utf8('EPFL\nAbstract:a\u0000b\u001b[31mc\n')),
    );
    expect(decoded.binary).toBe(false);
    expect(decoded.text).toBe('EPFL\nAbstract:ab[31mc\n');
    expect(decoded.issues).toEqual([
      {
        file: 'f.txt',
        line: 2,
        severity: 'warning',
        message:
          '2 control characters removed (not text: a glitched copy or terminal escapes), the first on this line',
      },
    ]);
  });

  it('counts lone CR line ends like the parsers do', () => {
    const decoded = decodeText('f.txt', new Uint8Array(utf8('EPFL\rAbstract:x\r\u0007\r')));
    expect(decoded.issues[0]?.line).toBe(3);
  });

  it('refuses binary data', () => {
    const decoded = decodeText('f.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(decoded.binary).toBe(true);
    expect(decoded.issues[0]).toMatchObject({
      severity: 'error',
      message: 'binary data, not a text listing',
    });
  });

  it('refuses random bytes and mostly-control UTF-16 look-alikes', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    expect(decodeText('f.bin', random).binary).toBe(true);
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 3 : 0));
    expect(decodeText('f.bin', controls).binary).toBe(true);
  });
});
