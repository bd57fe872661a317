import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Martin Jaggi\n')]);
    expect(decodeText('f.txt', bytes)).toEqual({
      text: 'Martin Jaggi\n',
      binary: false,
      issues: [],
    });
  });

  it('reads invalid UTF-8 as Latin-1 and names the first bad line', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('EPFL\nAbstract:ok\n'),
      0x46,
      0x72,
      0x61,
      0x6e,
      0xe7,
      0x6f,
      0x69,
      0x73,
      0x0a,
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

  it('refuses binary data', () => {
    const decoded = decodeText('f.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(decoded.binary).toBe(true);
    expect(decoded.issues[0]).toMatchObject({
      severity: 'error',
      message: 'binary data, not a text listing',
    });
  });
});
