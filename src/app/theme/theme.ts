/**
 * Colours of both themes in one place. They are applied as CSS custom properties on the app's
 * root element (not on :root), so they work the same inside a shadow root; sigma reads the
 * same values from here. Unit tests hold every pair to WCAG AA.
 */
import { contrastRatio, hslToHex } from './colour';

export type ThemeName = 'light' | 'dark';
export type ThemePreference = ThemeName | 'system';

export interface RosterColours {
  member: string;
  alumnus: string;
  /** Outside collaborators: the quiet colour, so the lab stands out. */
  external: string;
}

export interface Theme {
  name: ThemeName;
  /** Page and map background. */
  background: string;
  /** Panels. */
  surface: string;
  /** Hovered rows, inputs. */
  surfaceAlt: string;
  text: string;
  /** Secondary text: still AA (4.5:1) on background and surface. */
  muted: string;
  /** Dividers between parts of a panel (decorative). */
  border: string;
  /** Outlines of inputs and buttons: 3:1 against the surface (WCAG 1.4.11). */
  controlBorder: string;
  /** Links, active buttons, focus rings. */
  accent: string;
  /** Text on accent-filled buttons. */
  onAccent: string;
  /** Colour of dimmed nodes (not hovered or selected). */
  fadedNode: string;
  edge: string;
  /** Edges to a listing owner: there are many and they say little, so they recede. */
  ownerEdge: string;
  fadedEdge: string;
  highlightEdge: string;
  /** Node colour before communities are known. */
  pendingNode: string;
  /** Ring around listing owners. */
  ownerRing: string;
  /** Thin outline around every node, so touching nodes stay distinct. */
  nodeOutline: string;
  palette: readonly string[];
  /** Node colours when colouring by the lab roster. */
  roster: RosterColours;
  /** Lightness and saturation of generated colours past the palette. */
  generated: { saturation: number; lightness: number };
}

export const LIGHT: Theme = {
  name: 'light',
  background: '#fbfbfd',
  surface: '#ffffff',
  surfaceAlt: '#eef1f5',
  text: '#1b1f24',
  muted: '#56606b',
  border: '#d5d9df',
  controlBorder: '#7c8591',
  accent: '#1f5fad',
  onAccent: '#ffffff',
  fadedNode: '#e1e4e9',
  edge: '#5a6473',
  ownerEdge: '#8a93a0',
  fadedEdge: '#dfe3e8',
  highlightEdge: '#2b3138',
  pendingNode: '#7a8491',
  ownerRing: '#1b1f24',
  nodeOutline: '#ffffff',
  palette: [
    '#2f6fb3',
    '#c4560b',
    '#2e8540',
    '#c8333a',
    '#7d4fb8',
    '#8c5a3c',
    '#c0388a',
    '#0f7f89',
    '#6f7314',
    '#4b55c4',
    '#a8432f',
    '#3b7d6b',
  ],
  roster: { member: '#c4560b', alumnus: '#2f6fb3', external: '#8b939e' },
  generated: { saturation: 0.55, lightness: 0.4 },
};

export const DARK: Theme = {
  name: 'dark',
  background: '#121418',
  surface: '#1a1d23',
  surfaceAlt: '#262a32',
  text: '#e8eaed',
  muted: '#a7afba',
  border: '#343942',
  controlBorder: '#7d8694',
  accent: '#7ab3f5',
  onAccent: '#0b1420',
  fadedNode: '#2c3038',
  edge: '#aab3c0',
  ownerEdge: '#7d8694',
  fadedEdge: '#23272e',
  highlightEdge: '#e8eaed',
  pendingNode: '#8d96a3',
  ownerRing: '#e8eaed',
  nodeOutline: '#121418',
  palette: [
    '#6aa8f0',
    '#f59a45',
    '#5cc46d',
    '#f2737a',
    '#b592f0',
    '#cf9a73',
    '#f07fc6',
    '#45c6cf',
    '#c8c84a',
    '#8e96f5',
    '#e8866f',
    '#7fcfb5',
  ],
  roster: { member: '#f59a45', alumnus: '#6aa8f0', external: '#6f7885' },
  generated: { saturation: 0.6, lightness: 0.68 },
};

export const THEMES: Record<ThemeName, Theme> = { light: LIGHT, dark: DARK };

/** Nodes are graphics: WCAG asks 3:1 against the background; a little margin on top. */
export const MIN_NODE_CONTRAST = 3.2;

/**
 * The colour of a community colour slot. Slots past the palette get golden-angle hues,
 * darkened (light theme) or lightened (dark theme) until they meet the node contrast.
 */
export function slotColour(theme: Theme, slot: number): string {
  const fixed = theme.palette[slot];
  if (fixed) return fixed;
  const hue = (slot * 137.508) % 360;
  const step = theme.name === 'light' ? -0.02 : 0.02;
  let lightness = theme.generated.lightness;
  let colour = hslToHex(hue, theme.generated.saturation, lightness);
  while (
    contrastRatio(colour, theme.background) < MIN_NODE_CONTRAST &&
    lightness > 0.05 &&
    lightness < 0.95
  ) {
    lightness += step;
    colour = hslToHex(hue, theme.generated.saturation, lightness);
  }
  return colour;
}

/** CSS custom properties for the app root (`style` attribute). */
export function themeStyle(theme: Theme): string {
  return [
    ['--atlas-bg', theme.background],
    ['--atlas-surface', theme.surface],
    ['--atlas-surface-alt', theme.surfaceAlt],
    ['--atlas-text', theme.text],
    ['--atlas-muted', theme.muted],
    ['--atlas-border', theme.border],
    ['--atlas-control-border', theme.controlBorder],
    ['--atlas-accent', theme.accent],
    ['--atlas-on-accent', theme.onAccent],
    ['color-scheme', theme.name],
  ]
    .map(([key, value]) => `${key}: ${value}`)
    .join('; ');
}
