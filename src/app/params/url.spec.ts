import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESOLUTION,
  DEFAULT_URL_STATE,
  MAX_RESOLUTION,
  MIN_RESOLUTION,
  parseUrlState,
  queryString,
  writeUrlState,
  type UrlState,
} from './url';

const arbitraryState: fc.Arbitrary<UrlState> = fc
  .record({
    author: fc.option(
      fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
      {
        nil: null,
      },
    ),
    with: fc.option(
      fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
      {
        nil: null,
      },
    ),
    yearFrom: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
    yearTo: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
    minWeight: fc.integer({ min: 1, max: 50 }),
    hideOwner: fc.boolean(),
    resolution: fc
      .integer({ min: MIN_RESOLUTION * 100, max: MAX_RESOLUTION * 100 })
      .map((n) => n / 100),
    view: fc.constantFrom('map' as const, 'list' as const),
    path: fc.option(
      fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
      { nil: null },
    ),
    ego: fc.constantFrom(0 as const, 1 as const, 2 as const),
    counting: fc.constantFrom('full' as const, 'fractional' as const),
    colour: fc.constantFrom('community' as const, 'roster' as const),
    links: fc.constantFrom('strongest' as const, 'all' as const),
    internalOnly: fc.boolean(),
    year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
  })
  .map((state) => (state.author ? state : { ...state, with: null, path: null, ego: 0 as const }));

describe('URL state', () => {
  it('round-trips any state', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        expect(parseUrlState(writeUrlState(state))).toEqual(state);
      }),
    );
  });

  it('writes nothing for the defaults', () => {
    expect(queryString(writeUrlState(DEFAULT_URL_STATE))).toBe('');
  });

  it('keeps parameters it does not own', () => {
    const params = writeUrlState(
      { ...DEFAULT_URL_STATE, author: 'martin-takac' },
      '?data=other.json&author=old&embed=1',
    );
    expect(params.get('data')).toBe('other.json');
    expect(params.get('embed')).toBe('1');
    expect(params.get('author')).toBe('martin-takac');
  });

  it('reads names with spaces and diacritics as written', () => {
    const state = parseUrlState('?author=Martin%20Tak%C3%A1%C4%8D&with=Sebastian+Stich');
    expect(state.author).toBe('Martin Takáč');
    expect(state.with).toBe('Sebastian Stich');
  });

  it('falls back to defaults for malformed values', () => {
    const state = parseUrlState('?from=soon&to=20x&minJoint=-2&resolution=abc&view=grid&with=x');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?resolution=99').resolution).toBe(DEFAULT_RESOLUTION);
    expect(parseUrlState(`?resolution=${MAX_RESOLUTION}`).resolution).toBe(MAX_RESOLUTION);
    expect(parseUrlState('?hideOwner').hideOwner).toBe(true);
    expect(parseUrlState('?hideOwner=0').hideOwner).toBe(false);
    expect(
      parseUrlState('?path=x&ego=2&counting=half&colour=rainbow&internal=maybe&year=soon'),
    ).toEqual(DEFAULT_URL_STATE);
  });

  it('reads the exploring state: path, ego network, counting, colours, timeline', () => {
    const state = parseUrlState(
      '?author=a&path=Fay+Fox&ego=2&counting=fractional&colour=roster&internal=1&year=2019',
    );
    expect(state).toMatchObject({
      author: 'a',
      path: 'Fay Fox',
      ego: 2,
      counting: 'fractional',
      colour: 'roster',
      internalOnly: true,
      year: 2019,
    });
    expect(parseUrlState('?color=roster').colour).toBe('roster');
    expect(parseUrlState('?author=a&ego=3').ego).toBe(0);
  });
});
