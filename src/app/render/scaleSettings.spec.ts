import { describe, expect, it } from 'vitest';
import { LARGE_MAP_LINKS, scaleSettings } from './scaleSettings';

describe('scaleSettings', () => {
  it('keeps link picking and links in motion on lab-sized maps', () => {
    expect(scaleSettings(537)).toEqual({ enableEdgeEvents: true, hideEdgesOnMove: false });
    expect(scaleSettings(LARGE_MAP_LINKS)).toEqual({
      enableEdgeEvents: true,
      hideEdgesOnMove: false,
    });
  });

  it('turns both off past the threshold, where each costs a full redraw of every link', () => {
    expect(scaleSettings(LARGE_MAP_LINKS + 1)).toEqual({
      enableEdgeEvents: false,
      hideEdgesOnMove: true,
    });
  });
});
