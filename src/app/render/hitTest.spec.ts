import { describe, expect, it } from 'vitest';
import {
  clickPointForDisc,
  clickPointForSegment,
  distanceToSegment,
  nearestDisc,
  nearestSegment,
  type Disc,
  type Segment,
} from './hitTest';

const disc = (id: string, x: number, y: number, r: number): Disc => ({ id, x, y, r });

describe('hit testing', () => {
  it('finds the nearest node within the tolerance of its rim', () => {
    const discs = [disc('a', 0, 0, 3), disc('b', 40, 0, 10)];
    expect(nearestDisc(discs, { x: 15, y: 0 }, 20)).toBe('a');
    expect(nearestDisc(discs, { x: 25, y: 0 }, 20)).toBe('b');
    expect(nearestDisc(discs, { x: 0, y: 100 }, 20)).toBeNull();
  });

  it('measures distance to a segment', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: -4, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
  });

  it('avoids overlapping nodes when choosing a click point', () => {
    const big = disc('big', 0, 0, 10);
    const small = disc('small', 12, 0, 4);
    const point = clickPointForDisc(small, [big, small])!;
    expect(Math.hypot(point.x - 12, point.y)).toBeLessThanOrEqual(4);
    expect(Math.hypot(point.x, point.y)).toBeGreaterThan(10);
    expect(clickPointForDisc(disc('hidden', 0, 0, 2), [big])).toBeNull();
  });

  it('chooses a point on a link away from nodes and crossing links', () => {
    const target = { id: 't', from: { x: 0, y: 0 }, to: { x: 100, y: 0 }, width: 2 };
    const crossing = { id: 'c', from: { x: 20, y: -50 }, to: { x: 20, y: 50 }, width: 2 };
    const point = clickPointForSegment(target, [target, crossing], [disc('a', 0, 0, 5)])!;
    expect(point.y).toBe(0);
    expect(Math.abs(point.x - 20)).toBeGreaterThan(5);
    expect(point.x).toBeGreaterThan(9);
  });

  it('finds the link under a click by the distance to its stroke, the nearest winning', () => {
    const segment = (
      id: string,
      x1: number,
      y1: number,
      x2: number,
      y2: number,
      width = 2,
    ): Segment => ({
      id,
      from: { x: x1, y: y1 },
      to: { x: x2, y: y2 },
      width,
    });
    const links = [segment('low', 0, 0, 100, 0), segment('high', 0, 10, 100, 10, 6)];
    expect(nearestSegment(links, { x: 50, y: 1 }, 4)).toBe('low');
    // 3 px from the thick link's axis is on its stroke; 7 px from the thin one is not.
    expect(nearestSegment(links, { x: 50, y: 7 }, 0)).toBe('high');
    expect(nearestSegment(links, { x: 50, y: 5 }, 4)).toBe('high');
    // Beyond an end, the distance is to the end point.
    expect(nearestSegment(links, { x: 104, y: 0 }, 4)).toBe('low');
    expect(nearestSegment(links, { x: 110, y: 0 }, 4)).toBeNull();
    expect(nearestSegment([], { x: 0, y: 0 }, 4)).toBeNull();
  });
});
