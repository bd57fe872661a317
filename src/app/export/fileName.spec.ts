import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../data/atlasData';
import { fixtureGraphFile, seedGraphFile } from '../../../tests/support/graphFixtures';
import { DEFAULT_URL_STATE } from '../params/url';
import { exportFileName, slug } from './fileName';

describe('export file names', () => {
  const seed = buildAtlasData(seedGraphFile());

  it('name the graph after its owner and the view after its years and focus', () => {
    expect(exportFileName(seed, DEFAULT_URL_STATE, 'png')).toBe('coauthor-atlas-martin-jaggi.png');
    expect(exportFileName(seed, { ...DEFAULT_URL_STATE, yearFrom: 2019 }, 'png')).toBe(
      `coauthor-atlas-martin-jaggi-2019-${seed.years!.max}.png`,
    );
    expect(
      exportFileName(
        seed,
        { ...DEFAULT_URL_STATE, author: 'Sebastian U. Stich', ego: 1, hideOwner: true },
        'csv',
        'authors',
      ),
    ).toBe('coauthor-atlas-martin-jaggi-ego-sebastian-u-stich-1-without-owner-authors.csv');
    expect(
      exportFileName(
        buildAtlasData(fixtureGraphFile()),
        { ...DEFAULT_URL_STATE, author: 'a', path: 'f', year: 2020, counting: 'fractional' },
        'svg',
      ),
    ).toBe('coauthor-atlas-o-2018-2020-path-a-f-fractional.svg');
  });

  it('keeps only safe characters', () => {
    expect(slug('Martin Takáč / ../../etc')).toBe('martin-takac-etc');
    expect(slug('   ')).toBe('');
  });
});
