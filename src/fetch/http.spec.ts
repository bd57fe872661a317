import { describe, expect, it } from 'vitest';
import { parseRetryAfter, shownUrl } from './http';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('shownUrl', () => {
  it('keeps the e-mail address out of messages', () => {
    expect(shownUrl('https://api.openalex.org/works?filter=a&mailto=me%40lab.org&cursor=*')).toBe(
      'https://api.openalex.org/works?filter=a&cursor=*',
    );
  });
});
