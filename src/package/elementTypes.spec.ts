/**
 * The package's hand-written `types/element.d.ts` says what `coauthor-atlas/element` offers:
 * it must compile on its own and name the element's methods and the host's filter fields as
 * the source has them, so the published types cannot drift from the element.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FILTER_FIELDS } from '../app/params/schema';

const file = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const TYPES = file('../../types/element.d.ts');
const typesText = readFileSync(TYPES, 'utf8');
const elementText = readFileSync(file('../element/CoauthorAtlasElement.ts'), 'utf8');

describe('types/element.d.ts', () => {
  it('compiles on its own against the DOM', () => {
    const program = ts.createProgram([TYPES], {
      noEmit: true,
      strict: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it('names the public methods of the element', () => {
    const publicMethods = [...elementText.matchAll(/^ {2}([a-z]\w*)\([^)]*\): void \{$/gm)]
      .map((m) => m[1]!)
      .filter((name) => !name.endsWith('Callback'));
    const declared = [...typesText.matchAll(/^ {2}([a-z]\w*)\(/gm)]
      .map((m) => m[1]!)
      .filter((name) => name !== 'addEventListener');
    expect(declared.sort()).toEqual(publicMethods.sort());
  });

  it('names every set-filters field', () => {
    const block = /interface FilterChanges \{([^}]*)\}/.exec(typesText)![1]!;
    const declared = [...block.matchAll(/(\w+)\?:/g)].map((m) => m[1]);
    expect(declared.sort()).toEqual(FILTER_FIELDS.map(([field]) => field).sort());
  });
});
