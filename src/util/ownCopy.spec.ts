import { describe, expect, it } from 'vitest';
import { ownCopy } from './ownCopy';

describe('ownCopy', () => {
  const listing = `Jörg Müller\n${'A title about graphs and networks, long enough to be sliced. '.repeat(40)}`;

  it('gives back the same text, ASCII or not, short or long', () => {
    for (const text of [
      '',
      'Kim',
      listing.slice(12, 80),
      listing.slice(0, 40),
      'Takáč and Ødegård: 東京 😀 notes',
      '\ud800 a lone surrogate kept as it is',
      'control \u0001 and latin-1 \u00ff characters here',
    ])
      expect(ownCopy(text)).toBe(text);
  });
});
