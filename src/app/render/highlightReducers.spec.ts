import { describe, expect, it } from 'vitest';
import type { Focus, FocusKind } from '../data/focus';
import { LIGHT } from '../theme/theme';
import { highlightReducers } from './highlightReducers';

const focus = (kind: FocusKind): Focus => ({
  kind,
  nodes: new Set(['a', 'b']),
  edges: new Set(['a|b', 'a|c']),
  primary: new Set(['a']),
  strongEdges: new Set(['a|b']),
  labels: new Set(['a']),
});
/** A weak link a large map leaves out (hidden by the style, not by the filters). */
const weak = { hidden: true, size: 1, color: '#888', zIndex: 1 };

describe('highlightReducers', () => {
  it('draws an author’s weak links while they are focused', () => {
    for (const kind of ['hover', 'selection', 'pair', 'path'] as const) {
      const reducers = highlightReducers(focus(kind), LIGHT);
      expect(reducers.edge('a|b', weak).hidden).toBe(false);
      expect(reducers.edge('a|c', weak).hidden).toBe(false);
      // Links outside the focus stay as the style left them.
      expect(reducers.edge('c|d', weak).hidden).toBe(true);
    }
  });

  it('keeps the budget for a community or a rebuild, whose links can be the whole map’s', () => {
    for (const kind of ['community', 'news'] as const) {
      const reducers = highlightReducers(focus(kind), LIGHT);
      expect(reducers.edge('a|b', weak).hidden).toBe(true);
      expect(reducers.edge('a|c', weak).hidden).toBe(true);
    }
  });

  it('dims what is not focused and draws a path’s links thick', () => {
    const node = {
      x: 0,
      y: 0,
      label: 'C',
      hidden: false,
      size: 4,
      color: '#f00',
      borderColor: '#000',
      borderSize: 0.1,
      forceLabel: true,
      zIndex: 1,
    };
    const reducers = highlightReducers(focus('path'), LIGHT);
    expect(reducers.node('c', node)).toMatchObject({ color: LIGHT.fadedNode, label: '' });
    expect(reducers.node('a', node)).toMatchObject({ color: '#f00', highlighted: true });
    expect(reducers.edge('a|b', { ...weak, hidden: false }).size).toBeGreaterThanOrEqual(3);
    expect(reducers.edge('c|d', { ...weak, hidden: false }).color).toBe(LIGHT.fadedEdge);
  });
});
