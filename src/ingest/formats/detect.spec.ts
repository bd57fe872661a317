import { describe, expect, it } from 'vitest';
import { SEED_FILES, seedSource } from '../../../tests/support/seeds';
import { detectFormat, knownFormatsHint } from './detect';
import { splitLines } from './lines';

describe('format detection by content', () => {
  it.each([
    [SEED_FILES.profileA, 'profile-listing'],
    [SEED_FILES.profileB, 'profile-listing'],
    [SEED_FILES.cluster, 'author-cluster'],
    [SEED_FILES.abstractsA, 'abstract-list'],
    [SEED_FILES.abstractsB, 'abstract-list'],
  ])('%s is a %s', (file, format) => {
    expect(detectFormat(splitLines(seedSource(file).text)).format?.id).toBe(format);
  });

  it('does not depend on the file name or line endings', () => {
    const crlf = seedSource(SEED_FILES.cluster).text.replace(/\n/g, '\r\n');
    expect(detectFormat(splitLines(crlf)).format?.id).toBe('author-cluster');
  });

  it('recognises nothing in prose, and the hint names every format', () => {
    expect(
      detectFormat(splitLines('Dear colleagues,\nplease find attached the minutes.\n')).format,
    ).toBeUndefined();
    expect(knownFormatsHint()).toMatch(/profile listing.*author cluster.*abstract list/);
  });
});
