import { describe, expect, it } from 'vitest';
import { remToCustomProperty } from './remToCustomProperty';

describe('remToCustomProperty', () => {
  it('rewrites rem lengths and nothing else', () => {
    expect(remToCustomProperty('font-size: 0.85rem; margin: 1rem -.5rem 2px 1.5em;')).toBe(
      'font-size: calc(0.85 * var(--atlas-rem, 1rem)); margin: calc(1 * var(--atlas-rem, 1rem)) calc(-.5 * var(--atlas-rem, 1rem)) 2px 1.5em;',
    );
    expect(remToCustomProperty('.x2rem, .premium { width: 10px }')).toBe(
      '.x2rem, .premium { width: 10px }',
    );
  });
});
