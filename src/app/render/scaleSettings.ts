/**
 * Renderer settings that depend on the graph's size. Sigma draws every link twice when link
 * events are on (once more into its picking buffer) and redraws all of them on every camera
 * frame; past a few tens of thousands of links that doubles the cost of each frame and makes
 * panning stutter, worst of all on software WebGL. Large maps therefore find a clicked link
 * in JavaScript (see hitTest.ts) and draw links only when the camera rests, as sigma's
 * maintainers advise for large graphs.
 */
import type { Settings } from 'sigma/settings';

/** Above this many links, link picking and links during camera moves are turned off. */
export const LARGE_MAP_LINKS = 20_000;

export function scaleSettings(
  linkCount: number,
): Pick<Settings, 'enableEdgeEvents' | 'hideEdgesOnMove'> {
  const large = linkCount > LARGE_MAP_LINKS;
  return { enableEdgeEvents: !large, hideEdgesOnMove: large };
}
