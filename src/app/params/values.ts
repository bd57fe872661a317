/** The value types and bounds of the view settings (shared by the parsers and the schema). */

export type ViewMode = 'map' | 'list';

/** What node colours stand for: Louvain communities, or the lab roster (member, alumnus, external). */
export type ColourMode = 'community' | 'roster';

export const DEFAULT_RESOLUTION = 1;
export const MIN_RESOLUTION = 0.1;
export const MAX_RESOLUTION = 3;

export function roundResolution(value: number): number {
  const clamped = Math.min(MAX_RESOLUTION, Math.max(MIN_RESOLUTION, value));
  return Math.round(clamped * 100) / 100;
}
