import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../text/fold';
import { titleKey } from '../papers/text';
import { blockingKey, exactKey, parseName } from './names';
import { couldBeSamePerson, initialsAgree, namesCompatible, namesContradict } from './nameRules';

const compatible = (a: string, b: string): boolean => namesCompatible(parseName(a), parseName(b));

describe('parseName', () => {
  it('strips the DBLP suffix but keeps it', () => {
    expect(parseName('Tao Lin 0004')).toMatchObject({ display: 'Tao Lin', dblpSuffix: '0004' });
  });

  it('splits glued initials', () => {
    expect(parseName('Julien T.T. Vignoud').given.map((t) => t.text)).toEqual([
      'Julien',
      'T.',
      'T.',
    ]);
  });

  it('gives diacritic, umlaut and romanisation variants one key', () => {
    expect(exactKey(parseName('Martin Takáč'))).toBe(exactKey(parseName('Martin Takac')));
    expect(exactKey(parseName('Gunnar Rätsch'))).toBe(exactKey(parseName('Gunnar Raetsch')));
    expect(exactKey(parseName('Anastasiia Koloskova'))).toBe(
      exactKey(parseName('Anastasia Koloskova')),
    );
  });
});

describe('namesCompatible', () => {
  it.each([
    ['Sebastian U. Stich', 'Sebastian Stich'],
    ['Michael I. Jordan', 'Michael Jordan'],
    ['Julien T. T. Vignoud', 'Julien Tuấn Tú Vignoud'],
    ['Tao Lin 0004', 'Tao Lin'],
  ])('%s ~ %s', (a, b) => {
    expect(compatible(a, b)).toBe(true);
  });

  it.each([
    ['Lei Wang', 'Wei Wang', 'different first names'],
    ['J. Smith', 'John Smith', 'an initial alone is too weak'],
    ['Sebastian U. Stich', 'Sebastian K. Stich', 'middle initials disagree'],
    ['Tao Lin 0002', 'Tao Lin 0004', 'two DBLP homonyms'],
    ['Celestine Dünner', 'Celestine Mendler-Dünner', 'a changed surname is for the alias file'],
    ['Daniel Smith', 'Daniela Smith', 'names one letter apart are different names'],
  ])('%s ≁ %s (%s)', (a, b) => {
    expect(compatible(a, b)).toBe(false);
  });
});

const nameArb = fc
  .array(
    fc.constantFrom(
      'Anna',
      'Ánna',
      'J.',
      'T',
      'Müller',
      'Mueller',
      'Takáč',
      'van',
      'Li',
      'LI',
      'Ōno',
      'Łukasz',
      'Zoë',
      'Jean-Luc',
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((words) => words.join(' '));

describe('normalisation properties', () => {
  it('fold is idempotent and ignores case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fold(fold(text))).toBe(fold(text));
        expect(fold(text.toUpperCase())).toBe(fold(text.toLowerCase()));
      }),
    );
  });

  it('titleKey is idempotent and ignores punctuation, dashes, case and diacritics', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Chain', 'of', 'Thought', 'Más', 'LLMs', '4-bit', 'Über'), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom(' ', '-', ' — ', ': ', '—'),
        (words, separator) => {
          const title = words.join(separator);
          expect(titleKey(titleKey(title))).toBe(titleKey(title));
          expect(titleKey(title.toUpperCase())).toBe(titleKey(words.join(' ')));
          expect(titleKey(title.normalize('NFD'))).toBe(titleKey(title));
        },
      ),
    );
  });

  it('name keys do not care about case, diacritics, Unicode form or spacing', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        const variants = [
          name.toUpperCase(),
          name.normalize('NFD'),
          ` ${name.replace(/ /g, '\u00a0 ')} `,
          fold(name),
        ];
        for (const variant of variants) {
          expect(exactKey(parseName(variant))).toBe(exactKey(parseName(name)));
          expect(blockingKey(parseName(variant))).toBe(blockingKey(parseName(name)));
        }
      }),
    );
  });

  it('compatibility is symmetric and reflexive', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        expect(compatible(a, b)).toBe(compatible(b, a));
        if (parseName(a).given.length > 0 && !parseName(a).given[0]!.initial)
          expect(compatible(a, a)).toBe(true);
      }),
    );
  });
});

describe('parseName on names as real files print them', () => {
  it('reads a generational suffix as neither a given name nor the surname', () => {
    expect(parseName('Timothy J. Jr. Triche').surname.text).toBe('Triche');
    expect(parseName('Martin Luther King Jr.').surname.text).toBe('King');
    expect(exactKey(parseName('Timothy J. Jr. Triche'))).toBe(
      exactKey(parseName('Timothy J. Triche')),
    );
  });

  it('reads a surname printed twice as one', () => {
    expect(exactKey(parseName('Evan M. Cofer Cofer'))).toBe(exactKey(parseName('Evan M. Cofer')));
  });

  it('runs hyphenated and spaced given names together, but keeps initials apart', () => {
    const key = (s: string) => exactKey(parseName(s));
    expect(key('Jean-Baptiste Martin')).toBe(key('Jean Baptiste Martin'));
    expect(key('Yi-Fan Chen')).toBe(key('Yifan Chen'));
    expect(key('Ann A. Smith')).not.toBe(key('Anna Smith'));
  });
});

describe('romanised first names', () => {
  it('are not a contradiction, and their initials fit both spellings', () => {
    const [yulia, iuliia, initial] = ['Yulia Cerbosh', 'Iuliia Čerbosh', 'I. Cerbosh'].map(
      parseName,
    );
    expect(namesContradict(yulia!, iuliia!)).toBe(false);
    expect(initialsAgree(initial!, yulia!)).toBe(true);
    expect(couldBeSamePerson(yulia!, iuliia!)).toBe(true);
  });
});
