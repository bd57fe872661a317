import { describe, expect, it } from 'vitest';
import { cleanText } from '../../text/fold';
import { mayCleanEndWith } from './cleanEdges';

describe('mayCleanEndWith', () => {
  it('turns a line down by a plain last character', () => {
    expect(mayCleanEndWith('Large language models are few-shot learners.', 'rets')).toBe(false);
    expect(mayCleanEndWith('ICML Conference 2024 Conference Paper', 'rets')).toBe(true);
    expect(mayCleanEndWith('', 'r')).toBe(true);
  });

  it('never turns down a line whose cleaned form does end so', () => {
    // Every UTF-16 code unit last, after a plain letter and after one that composes.
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const line of [`Paper${ch}`, `e${ch}`, `${ch}`, `a \u0301${ch}`, `r${ch}\u200B `]) {
        const clean = cleanText(line);
        const last = clean.charAt(clean.length - 1);
        if (last !== '' && !mayCleanEndWith(line, last)) missed.push(JSON.stringify(line));
      }
    }
    expect(missed).toEqual([]);
  });
});
