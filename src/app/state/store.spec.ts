import { flushSync } from 'svelte';
// Effects (clustering, URL sync) do not run under Vitest's node resolution of Svelte; the
// end-to-end tests cover them in the browser.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../filters/filters';
import { detectCommunities } from '../communities/louvain';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';
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
