import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../tests/support/seeds';
import { bibtex } from './bibtex';
import { splitLines } from './lines';

/** LaTeX a reader must not leave in names and titles (math aside): commands, braces, ties. */
const RESIDUE_RE = /\\[a-zA-Z]+|\\.|[{}~]|undefined|--|ı\p{M}/u;

const read = (name: string) => {
  const file = `tests/fixtures/real-bibtex/${name}`;
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  return bibtex.parse({ file, text }, splitLines(text));
};

describe('real lab bibliographies (tests/fixtures/real-bibtex/SOURCE.md)', () => {
  it.each([
    ['plai-group.bib', 82, [566, 702, 907]],
    ['ifn-spaml.bib', 1854, [7506]],
    ['3c-lab.bib', 35, []],
  ])(
    '%s: reads every entry but the broken ones, and leaves no LaTeX residue',
    (name, count, broken) => {
      const listing = read(name);
      expect(listing.entries).toHaveLength(count);
      expect(listing.rejected.map((r) => r.ref.line)).toEqual(broken);
      const residue = listing.entries.flatMap((e) =>
        [(e.title ?? '').replace(/\$[^$]*\$/g, ''), ...e.authors].filter((t) => RESIDUE_RE.test(t)),
      );
      expect(residue).toEqual([]);
    },
  );
});
