/**
 * `cleanText` is shared with the client's search, so changes to it must keep its results:
 * checked against the previous definition on text made of exactly the characters it treats
 * specially.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, fold } from '../../src/text/fold';

/** The definition before spaces were matched only where they need rewriting. */
function previousCleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

const tricky = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\u200b',
  '\u2066',
  '\ufeff',
  'a',
  'Z',
  'é',
  'e\u0301',
  'ß',
  'Ł',
  '.',
  ',',
  '-',
);
const trickyText = fc.array(tricky, { maxLength: 40 }).map((parts) => parts.join(''));

describe('cleanText', () => {
  it('gives what it always gave, on text full of spaces of every kind', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, fc.string({ unit: 'grapheme' })), (text) => {
        expect(cleanText(text)).toBe(previousCleanText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('removes bidi isolates, so a name carrying one is the same name', () => {
    expect(cleanText('Martin\u2066 Jaggi\u2069')).toBe('Martin Jaggi');
    expect(fold('\u2067Fran\u00e7ois\u2069 Fleuret')).toBe(fold('Francois Fleuret'));
  });

  it('cleans a 5 MB line of odd spaces in one pass, and clean text costs a scan', () => {
    const messy = 'a\u00a0\u200b '.repeat(1_250_000);
    const clean = cleanText(messy);
    expect(clean).toBe('a '.repeat(1_250_000).trim());
    const started = performance.now();
    for (let i = 0; i < 10; i++) cleanText(`é${clean}`);
    // Ten scans of 2.5 MB; rewriting every space would take seconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
