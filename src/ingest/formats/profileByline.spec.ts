import { describe, expect, it } from 'vitest';
import { looksLikeName, parseByline } from './profileByline';

describe('looksLikeName', () => {
  it.each([
    ['Martin Jaggi', true],
    ['Jean-Baptiste Cordonnier', true],
    ['T. T. Nguyen', true],
    ['Ludwig van Beethoven', true],
    ['Large language models are few-shot learners', false],
    ['Deep learning.', false],
    ['martin jaggi', false],
  ])('%j: %s, asked once or again', (text, expected) => {
    expect(looksLikeName(text)).toBe(expected);
    expect(looksLikeName(text)).toBe(expected);
  });
});

describe('parseByline', () => {
  it('reads names, the cut and the affiliation', () => {
    expect(parseByline('Zeming Chen, Alejandro Hernández Cano et al. · allen-ai')).toEqual({
      names: ['Zeming Chen', 'Alejandro Hernández Cano'],
      cut: true,
      affiliation: 'allen-ai',
    });
    expect(parseByline('We study the problem, and solve it')).toBeUndefined();
  });
});
