/**
 * The height an embedded map asks its host for. A map has no natural height, so it asks for
 * the one that frames the graph's layout at the current width (its aspect ratio, kept between
 * wide and 4:3), plus room for the search bar. It depends on the width alone, so a host
 * that applies it never sets off another request.
 */

export const MIN_WANTED_HEIGHT = 320;
export const MAX_WANTED_HEIGHT = 800;
/** Height over width of the map: no flatter than 0.6, no taller than 0.75 (a page scrolls). */
export const MIN_ASPECT = 0.6;
export const MAX_ASPECT = 0.75;
/** Height of the compact search bar shown above the map when panels are on. */
export const COMPACT_BAR_HEIGHT = 53;

export interface LayoutBox {
  x: [number, number];
  y: [number, number];
}

export function wantedHeight(width: number, layout: LayoutBox, withBar: boolean): number {
  const layoutWidth = layout.x[1] - layout.x[0];
  const layoutHeight = layout.y[1] - layout.y[0];
  const aspect = layoutWidth > 0 ? layoutHeight / layoutWidth : 1;
  const usableWidth = Number.isFinite(width) ? Math.max(0, width) : 0;
  const mapHeight = usableWidth * Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, aspect));
  const height = Math.round(mapHeight + (withBar ? COMPACT_BAR_HEIGHT : 0));
  return Math.min(MAX_WANTED_HEIGHT, Math.max(MIN_WANTED_HEIGHT, height));
}
