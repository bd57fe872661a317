import { flushSync } from 'svelte';
// Effects (clustering, URL sync) do not run under Vitest's node resolution of Svelte; the
// end-to-end tests cover them in the browser.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../filters/filters';
import { detectCommunities } from '../communities/louvain';
import { fixtureGraphFile, graphFileFromBylines } from '../../../tests/support/graphFixtures';
import { HOVER_FOCUS_MAX_LINKS } from '../data/focus';
import { parseUrlState } from '../params/url';
import { AtlasStore } from './store.svelte';
import type { CommunityRunner } from '../communities/clustering';

const immediate: CommunityRunner = (input, options) =>
  Promise.resolve(detectCommunities(input, options));

describe('AtlasStore', () => {
  it('derives the view from normalised filters', () => {
    const store = new AtlasStore(fixtureGraphFile(), immediate);
    expect(store.views.visible.nodes).toHaveLength(8);
    store.settings.setFilters({ hideOwner: true, yearFrom: 2018, yearTo: 2022 });
    flushSync();
    expect(store.settings.filters).toEqual({ ...DEFAULT_FILTERS, hideOwner: true });
    expect(store.views.visible.nodes).toHaveLength(7);
  });

  it('keeps the selected author in an open pair', () => {
    const store = new AtlasStore(fixtureGraphFile(), immediate);
    store.selectAuthor('c');
    store.openPair('d', 'c');
    expect(store.selection.selected).toBe('c');
    expect(store.selection.pair).toEqual(['c', 'd']);
    expect(store.urlState).toMatchObject({ author: 'c', with: 'd' });
    store.openPair('a', 'g'); // never wrote together: ignored
    expect(store.selection.pair).toEqual(['c', 'd']);
    store.selectAuthor('a');
    expect(store.selection.pair).toBeNull();
  });

  it('resolves names from links and explains what it cannot', () => {
    const store = new AtlasStore(fixtureGraphFile(), immediate);
    store.applyUrlState(parseUrlState('?author=BEA%20BJORK&with=cem%20celik'));
    expect(store.selection.selected).toBe('b');
    expect(store.selection.pair).toEqual(['b', 'c']);
    expect(store.selection.notice).toBeNull();
    store.applyUrlState(parseUrlState('?author=Nobody'));
    expect(store.selection.selected).toBeNull();
    expect(store.selection.notice).toContain('Nobody');
    store.applyUrlState(parseUrlState('?author=ada&with=fay'));
    expect(store.selection.selected).toBe('a');
    expect(store.selection.notice).toContain('no joint papers');
  });
});

describe('AtlasStore on a department-sized map', () => {
  // 530 papers of 20 authors each: 100,700 links, past what hovering may redraw.
  const bylines = Array.from({ length: 530 }, (_, p) => {
    const authors = Array.from({ length: 20 }, (_, a) => `p${p}a${a}`);
    return [`paper-${p}`, 2020, authors] as const;
  });
  const file = graphFileFromBylines(bylines);

  it('dims the map for a click but not for the pointer passing over an author', () => {
    const store = new AtlasStore(file, immediate);
    expect(store.data.pairs.length).toBeGreaterThan(HOVER_FOCUS_MAX_LINKS);
    store.selection.setHovered('p0a0');
    expect(store.focus).toBeNull();
    store.selectAuthor('p0a0');
    expect(store.focus?.kind).toBe('selection');
    expect(store.focus?.nodes.size).toBe(20);
  });

  it('draws its strongest links, or all of them when asked', () => {
    const store = new AtlasStore(file, immediate);
    // Every link is one joint paper: the strongest class is drawn whole, past the budget.
    expect(store.views.drawing).toMatchObject({ floor: 1, visible: 100_700 });
    store.settings.setLinks('all');
    expect(store.views.drawing.drawn).toBe(100_700);
    expect(parseUrlState(new URLSearchParams('links=all')).links).toBe('all');
  });
});

describe('AtlasStore on a lab-sized map', () => {
  it('dims the map around the author the pointer is over', () => {
    const store = new AtlasStore(fixtureGraphFile(), immediate);
    store.selection.setHovered('c');
    expect(store.focus?.kind).toBe('hover');
  });
});
