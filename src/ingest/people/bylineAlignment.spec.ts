import { describe, expect, it } from 'vitest';
import { alignBylines } from './bylineAlignment';
import { parseName } from './names';

const align = (a: string[], b: string[]): [number, number][] =>
  alignBylines(a.map(parseName), b.map(parseName));

describe('alignBylines', () => {
  it('pairs initials with full names, typos and short forms in the same place', () => {
    expect(
      align(
        ['Jane Doe', 'Richard Roe', 'Matthew Okafor', 'Benjamin J. Lengerich'],
        ['J. Doe', 'R. Roe', 'Mathew Okafor', 'Ben Lengerich'],
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('finds a moved name by its unique agreeing spelling, and never pairs a name twice', () => {
    expect(align(['Jane Doe', 'Richard Roe'], ['R. Roe', 'J. Doe'])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    // Two Does who could both be `J. Doe`: the one out of place is not guessed.
    expect(align(['Ann Lee', 'Jane Doe', 'John Doe'], ['J. Doe', 'Ann Lee'])).toEqual([[0, 1]]);
  });

  it('does not pair different first names, nor short names one letter apart', () => {
    expect(align(['John Smith', 'Dan Roe'], ['Jane Smith', 'Don Roe'])).toEqual([]);
  });
});
