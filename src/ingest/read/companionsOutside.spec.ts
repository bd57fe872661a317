/**
 * A Hugo site outside the working directory (`npm run graph -- ../site`, or
 * `coauthor-atlas build --site hugo ~/site` from elsewhere) still names its owner: the author
 * pages keep their folder in their names, which is where the format reads `admin` from.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs } from './readInputs';

const SITE = fileURLToPath(new URL('../../../tests/fixtures/sites/hugo/content', import.meta.url));

describe('companions of a source outside the working directory', () => {
  it('are named with their folder', () => {
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'atlas-cwd-'));
    const inputs = readInputs([SITE], elsewhere);
    const publication = inputs.sources.find((s) => s.file.endsWith('gossip/index.md'))!;
    expect(publication.companions?.map((c) => c.file)).toEqual(['authors/admin/_index.md']);
  });
});
