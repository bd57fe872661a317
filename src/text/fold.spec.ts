import { describe, expect, it } from 'vitest';
import { cleanText, fold, foldEquals, mayNeedSpacingClean, stripDiacritics } from './fold';

/** `cleanText` as it was written before its fast paths: the behaviour they must keep. */
const INVISIBLE_RE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SPACES_RE = /[^\S ]\s*| \s+/g;
const spacingClean = (text: string): string =>
  text.replace(INVISIBLE_RE, '').replace(SPACES_RE, ' ').trim();
const referenceClean = (text: string): string => spacingClean(text.normalize('NFC'));
const referenceFold = (text: string): string =>
  stripDiacritics(referenceClean(text).toUpperCase().toLowerCase());

describe('mayNeedSpacingClean', () => {
  it('never says "nothing to do" for a text the space and invisible rules would change', () => {
    // Every UTF-16 code unit, inside a word, at either end, and next to a space.
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [`a${ch}b`, `${ch}b`, `a${ch}`, `a ${ch}b`, `a${ch} b`, ch]) {
        if (!mayNeedSpacingClean(text) && spacingClean(text) !== text)
          missed.push(`U+${code.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('says "nothing to do" for clean text, ASCII or not', () => {
    expect(mayNeedSpacingClean('Takáč Ferenc, 李四 · ETH')).toBe(false);
    expect(mayNeedSpacingClean('a  b')).toBe(true);
    expect(mayNeedSpacingClean(' a')).toBe(true);
    expect(mayNeedSpacingClean('a\u00A0b')).toBe(true);
    expect(mayNeedSpacingClean('a\u200Bb')).toBe(true);
  });
});

describe('cleanText and fold keep their results', () => {
  const samples = [
    'Martin Jaggi',
    '  Martin   Jaggi ',
    'Takáč',
    'Taka\u0301c\u030c',
    'e\u200B\u0301',
    'Jos\u00E9\u00A0Garc\u00EDa',
    '\uFEFFStraße\u2009Ærø',
    'İstanbul ΣΟΦΙΑ ς',
    'tab\there\r\nline',
    '\u3000李四\u3000',
    'a\u0085b\u0001c',
    '',
  ];
  it.each(samples)('%j', (text) => {
    expect(cleanText(text)).toBe(referenceClean(text));
    expect(fold(text)).toBe(referenceFold(text));
  });
});

describe('foldEquals', () => {
  it('is fold(text) === target', () => {
    const cases: [string, string][] = [
      ['Author name cluster', 'author name cluster'],
      ['AUTHOR NAME CLUSTER', 'author name cluster'],
      ['Author  name cluster ', 'author name cluster'],
      ['Áuthor name cluster', 'author name cluster'],
      ['Author name clusters', 'author name cluster'],
      ['Author name', 'author name cluster'],
      ['Straße', 'strasse'],
    ];
    for (const [text, target] of cases)
      expect(foldEquals(text, target), text).toBe(fold(text) === target);
    expect(foldEquals('Áuthor name cluster', 'author name cluster')).toBe(true);
    expect(foldEquals('Author name clusters', 'author name cluster')).toBe(false);
  });
});
