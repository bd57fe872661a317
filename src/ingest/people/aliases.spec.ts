import { describe, expect, it } from 'vitest';
import { AliasFileError, canonicalName, parseAliasFile } from './aliases';

describe('alias file', () => {
  it('maps variants, folded and with or without DBLP suffix, to the canonical name', () => {
    const table = parseAliasFile(
      'a.json',
      '{"version":1,"people":{"Celestine Mendler-Dünner":["Celestine Dünner"]}}',
    );
    expect(canonicalName(table, 'Celestine Dunner')).toBe('Celestine Mendler-Dünner');
    expect(canonicalName(table, 'Celestine Dünner 0001')).toBe('Celestine Mendler-Dünner');
    expect(canonicalName(table, 'Celestine Mendler-Dünner')).toBe('Celestine Mendler-Dünner');
    expect(canonicalName(table, 'Someone Else')).toBeUndefined();
  });

  it.each([
    ['{"people": {"A B": ["C D"],}}', 1, /not valid JSON/],
    [
      '{\n  "version": 1,\n  "people": {\n    "A B": "C D"\n  }\n}',
      4,
      /variants of "A B" must be a list/,
    ],
    ['{\n  "people": {\n    "A B": ["X Y"],\n    "C D": ["X Y"]\n  }\n}', 3, /listed under both/],
    ['{"version": 2}', 1, /unsupported version 2/],
    ['[1, 2]', 1, /expected an object/],
  ])('rejects %j with file and line', (text, line, message) => {
    let error: unknown;
    try {
      parseAliasFile('aliases.json', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AliasFileError);
    expect((error as AliasFileError).line).toBe(line);
    expect((error as AliasFileError).message).toMatch(new RegExp(`^aliases\\.json:${line}: `));
    expect((error as AliasFileError).message).toMatch(message);
  });
});
