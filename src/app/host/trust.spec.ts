import { describe, expect, it } from 'vitest';
import { isTrusted, parseTrustedOrigins } from './trust';

describe('trusted origins', () => {
  it('reads comma-separated and repeated values, reduced to origins', () => {
    expect(
      parseTrustedOrigins([
        'https://lab.example, http://127.0.0.1:8080/page?x=1',
        'https://lab.example/',
      ]),
    ).toEqual({ origins: ['https://lab.example', 'http://127.0.0.1:8080'], warnings: [] });
  });

  it('trusts nothing by default and refuses wildcards and non-web origins', () => {
    expect(parseTrustedOrigins([])).toEqual({ origins: [], warnings: [] });
    const { origins, warnings } = parseTrustedOrigins([
      '*',
      'lab.example',
      'javascript:alert(1)',
      'file:///x',
    ]);
    expect(origins).toEqual([]);
    expect(warnings).toHaveLength(4);
  });

  it('matches exact origins only', () => {
    const trusted = ['https://lab.example'];
    expect(isTrusted('https://lab.example', trusted)).toBe(true);
    expect(isTrusted('http://lab.example', trusted)).toBe(false);
    expect(isTrusted('https://lab.example.evil.test', trusted)).toBe(false);
    expect(isTrusted('null', trusted)).toBe(false);
  });
});
