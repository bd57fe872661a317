import { describe, expect, it } from 'vitest';
import { contrastRatio, hslToHex, mix, parseHex, withAlpha } from './colour';
import { MIN_NODE_CONTRAST, slotColour, THEMES } from './theme';

describe.each(Object.values(THEMES))('$name theme', (theme) => {
  it('meets WCAG AA for text (4.5:1) on every surface', () => {
    for (const surface of [theme.background, theme.surface, theme.surfaceAlt]) {
      expect(contrastRatio(theme.text, surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.muted, surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.accent, surface)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(theme.onAccent, theme.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it('meets 3:1 for controls and nodes (WCAG 1.4.11)', () => {
    expect(contrastRatio(theme.controlBorder, theme.surface)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(theme.ownerRing, theme.background)).toBeGreaterThanOrEqual(3);
    for (let slot = 0; slot < 100; slot++) {
      expect(contrastRatio(slotColour(theme, slot), theme.background)).toBeGreaterThanOrEqual(
        MIN_NODE_CONTRAST,
      );
    }
  });

  it('gives lab members, alumni and external collaborators distinct visible colours', () => {
    const { member, alumnus, external } = theme.roster;
    expect(new Set([member, alumnus, external]).size).toBe(3);
    for (const colour of [member, alumnus, external]) {
      expect(contrastRatio(colour, theme.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives the first slots distinct colours', () => {
    const colours = Array.from({ length: 30 }, (_, slot) => slotColour(theme, slot));
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('colour helpers', () => {
  it('converts and mixes', () => {
    expect(parseHex('#fff')).toEqual({ r: 255, g: 255, b: 255 });
    expect(hslToHex(0, 1, 0.5)).toBe('#ff0000');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(withAlpha('#102030', 0.5)).toBe('#10203080');
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });
});
