import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  MAX_RESOLUTION,
  MIN_RESOLUTION,
  parseUrlState,
  queryString,
  writeUrlState,
  type UrlState,
} from './urlState';

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
  })
  .map((state) => (state.author ? state : { ...state, with: null }));

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
    expect(parseUrlState('?resolution=99').resolution).toBe(MAX_RESOLUTION);
    expect(parseUrlState('?hideOwner').hideOwner).toBe(true);
    expect(parseUrlState('?hideOwner=0').hideOwner).toBe(false);
  });
});
