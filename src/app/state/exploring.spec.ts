import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../communities/louvain';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';
import { parseUrlState } from '../params/url';
import { AtlasStore } from './store.svelte';
import type { CommunityRunner } from '../communities/clustering';

const immediate: CommunityRunner = (input, options) =>
  Promise.resolve(detectCommunities(input, options));

describe('AtlasStore: exploring', () => {
  it('shows a path from the selection, closes it with a new selection, and frames it', () => {
    const store = new AtlasStore(fixtureGraphFile(), immediate);
    store.settings.setFilters({ hideOwner: true });
    store.showPath('f');
    expect(store.selection.pathTarget).toBeNull(); // nobody selected yet
    store.selectAuthor('a');
    store.openPair('a', 'b');
    store.showPath('f', { focusPanel: true });
    expect(store.selection.pair).toBeNull();
    expect(store.path.result).toMatchObject({ kind: 'found', nodes: ['a', 'c', 'd', 'f'] });
    expect(store.requests.frame?.ids).toEqual(['a', 'c', 'd', 'f']);
    expect(store.requests.panelFocus?.panel).toBe('path');
    expect(store.focus?.kind).toBe('path');
    expect(store.urlState).toMatchObject({ author: 'a', path: 'f' });
    store.selectAuthor('b');
    expect(store.selection.pathTarget).toBeNull();
  });

  it('keeps the ego network on the selection and drops it with the selection', () => {
    const store = new AtlasStore(fixtureGraphFile(), immediate);
    store.applyUrlState(parseUrlState('?author=c&ego=1&hideOwner=1'));
    flushSync();
    expect([...store.views.visible.nodes]).toEqual(['a', 'b', 'c', 'd']);
    expect(store.views.clusterView.nodes).toHaveLength(4);
    store.selectAuthor('f');
    expect([...store.views.visible.nodes]).toEqual(['d', 'e', 'f']);
    store.selectAuthor(null);
    expect(store.selection.egoDepth).toBe(0);
    expect(store.views.visible.nodes).toHaveLength(7);
  });

  it('cuts what is drawn at the timeline year but clusters the whole range', () => {
    const store = new AtlasStore(fixtureGraphFile(), immediate);
    store.applyUrlState(parseUrlState('?year=1990&author=c'));
    expect(store.views.year).toBe(2018); // clamped into the years of the file
    expect(store.views.visible.nodes).toEqual(['a', 'b', 'd', 'e', 'o']);
    expect(store.views.clusterView.nodes).toHaveLength(8);
    store.settings.setTimelineYear(2019);
    expect(store.timeline.newCollaborators).toEqual(['a', 'b', 'o']);
    expect(store.focus?.primary).toEqual(new Set(['c', 'a', 'b', 'o']));
    store.settings.setFilters({ yearFrom: 2021 });
    expect(store.views.year).toBe(2021);
    store.settings.setTimelineYear(null);
    expect(store.urlState.year).toBeNull();
  });

  it('colours by roster only when the file has one', () => {
    const store = new AtlasStore(fixtureGraphFile(), immediate);
    store.settings.setColour('roster');
    expect(store.settings.colour).toBe('community');
    store.applyUrlState(parseUrlState('?internal=1'));
    expect(store.settings.filters.internalOnly).toBe(false);
  });
});
