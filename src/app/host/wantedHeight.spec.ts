import { describe, expect, it } from 'vitest';
import {
  COMPACT_BAR_HEIGHT,
  MAX_WANTED_HEIGHT,
  MIN_WANTED_HEIGHT,
  wantedHeight,
} from './wantedHeight';

describe('wantedHeight', () => {
  const square = { x: [0, 10] as [number, number], y: [0, 10] as [number, number] };
  const flat = { x: [0, 10] as [number, number], y: [0, 1] as [number, number] };

  it('frames the layout at the current width, plus the bar', () => {
    expect(wantedHeight(600, square, false)).toBe(450); // never taller than 4:3
    expect(wantedHeight(600, square, true)).toBe(450 + COMPACT_BAR_HEIGHT);
    expect(wantedHeight(800, flat, false)).toBe(480); // never flatter than 0.6
  });

  it('stays within bounds', () => {
    expect(wantedHeight(100, square, false)).toBe(MIN_WANTED_HEIGHT);
    expect(wantedHeight(4000, square, false)).toBe(MAX_WANTED_HEIGHT);
    expect(wantedHeight(Number.NaN, square, false)).toBe(MIN_WANTED_HEIGHT);
  });
});
