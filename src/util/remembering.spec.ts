import { describe, expect, it } from 'vitest';
import { remembering } from './remembering';

describe('remembering', () => {
  it('computes each key once and gives the same answer after', () => {
    const calls: string[] = [];
    const length = remembering((s) => {
      calls.push(s);
      return { length: s.length };
    }, 10);
    const first = length('Ann');
    expect(length('Ann')).toBe(first);
    expect(length('Bo')).toEqual({ length: 2 });
    expect(calls).toEqual(['Ann', 'Bo']);
  });

  it('remembers undefined answers too', () => {
    let calls = 0;
    const nothing = remembering(() => {
      calls++;
      return undefined;
    }, 10);
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });

  it('forgets everything once it holds its limit, and still answers right', () => {
    const calls: string[] = [];
    const upper = remembering((s) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'A']);
    // 'c' found two held and cleared them; 'a' was computed again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
