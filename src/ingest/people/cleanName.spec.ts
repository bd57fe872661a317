import { describe, expect, it } from 'vitest';
import { cleanPersonName } from './cleanName';

describe('cleanPersonName', () => {
  it.each([
    ['Anastasia Koloskova*', 'Anastasia Koloskova'],
    ['†Sebastian U. Stich', 'Sebastian U. Stich'],
    ['Martin Jaggi‡§', 'Martin Jaggi'],
    ['Lie He ¶', 'Lie He'],
    ['Tao Lin#', 'Tao Lin'],
    ['Anna Lee∗', 'Anna Lee'],
    ['A<!>nna Lee', 'Anna Lee'],
    ['Jean-Baptiste <!-- x -->Cordonnier', 'Jean-Baptiste Cordonnier'],
    ['Virginia Smith1', 'Virginia Smith'],
    ['Virginia Smith1,2', 'Virginia Smith'],
    ['Virginia Smith1, 2*', 'Virginia Smith'],
    ['Virginia Smith¹', 'Virginia Smith'],
    ['Virginia Smith¹,²', 'Virginia Smith'],
    ['Virginia Smith^{1}', 'Virginia Smith'],
    ['Virginia Smith^{1,2}', 'Virginia Smith'],
    ['Michael I. Jordan2', 'Michael I. Jordan'],
  ])('%j is %j', (printed, clean) => {
    expect(cleanPersonName(printed)).toBe(clean);
  });

  it.each(['Tao Lin 0004', 'Martin Takáč 0001', 'Kenji 5th-Street', 'Jane Doe-2Smith', 'Ü. Öz'])(
    'keeps %j as it is',
    (name) => {
      expect(cleanPersonName(name)).toBe(name);
    },
  );

  it('strips marks around a DBLP suffix but keeps the suffix', () => {
    expect(cleanPersonName('Tao Lin* 0004')).toBe('Tao Lin 0004');
    expect(cleanPersonName('Tao Lin 0004†')).toBe('Tao Lin 0004');
  });

  it('gives an empty name when there was nothing but marks', () => {
    expect(cleanPersonName(' * † ')).toBe('');
  });
});
