import { describe, expect, it } from 'vitest';
import { onOrigin, ownOrigins, parseAllowedOrigins } from './allowedOrigins';

describe('parseAllowedOrigins', () => {
  it('reads origins separated by commas or spaces, normalised, once each', () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins('  ')).toEqual([]);
    expect(
      parseAllowedOrigins(
        'https://Data.Lab.example/, http://127.0.0.1:*  https://cdn.example:443 https://data.lab.example',
      ),
    ).toEqual(['https://data.lab.example', 'http://127.0.0.1:*', 'https://cdn.example']);
  });

  it('fails on anything that is not an origin, naming it', () => {
    for (const entry of [
      '*',
      'lab.example',
      'https://lab.example/graphs/',
      'https://*.lab.example',
      'ftp://lab.example',
      'https://user@lab.example',
      "'self'",
    ]) {
      expect(() => parseAllowedOrigins(`https://ok.example ${entry}`), entry).toThrow(
        new RegExp(`ATLAS_ALLOWED_ORIGINS: “${entry.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}”`),
      );
    }
  });
});

describe('onOrigin', () => {
  it('matches an exact origin, or any port where the entry says *', () => {
    const list = ['https://cdn.example', 'http://127.0.0.1:*'];
    expect(onOrigin(new URL('https://cdn.example/g.json'), list)).toBe(true);
    expect(onOrigin(new URL('https://cdn.example:8443/g.json'), list)).toBe(false);
    expect(onOrigin(new URL('http://127.0.0.1:4173/g.json'), list)).toBe(true);
    expect(onOrigin(new URL('http://localhost:4173/g.json'), list)).toBe(false);
    expect(onOrigin(new URL('https://127.0.0.1/g.json'), list)).toBe(false);
  });
});

describe('ownOrigins', () => {
  it('is the page’s and the script’s origin, never a file or blob one', () => {
    expect(ownOrigins('https://lab.example/map/', 'https://cdn.example/coauthor-atlas.js')).toEqual(
      ['https://lab.example', 'https://cdn.example'],
    );
    expect(ownOrigins('file:///home/me/atlas.html', 'blob:null/1')).toEqual([]);
  });
});
