import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../communities/louvain';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';
import type { ThemePreference } from '../theme/theme';
import { AtlasStore } from '../state/store.svelte';
import type { CommunityRunner } from '../communities/clustering';
import { applyCommand } from './applyCommand';
import { authorSelectEvent, pairSelectEvent, readyEvent } from './events';

const immediate: CommunityRunner = (input, options) =>
  Promise.resolve(detectCommunities(input, options));

function setup() {
  const store = new AtlasStore(fixtureGraphFile(), immediate);
  const themes: ThemePreference[] = [];
  const warnings: string[] = [];
  const run = (command: Parameters<typeof applyCommand>[2]) =>
    applyCommand(store, { set: (t) => themes.push(t) }, command, (w) => warnings.push(w));
  return { store, themes, warnings, run };
}

describe('applyCommand', () => {
  it('selects by id, name or alias, and opens pairs', () => {
    const { store, run } = setup();
    run({ type: 'select-author', author: 'bea bjork' });
    expect(store.selection.selected).toBe('b');
    run({ type: 'open-pair', author: 'c', with: 'Dan Duong' });
    expect(store.selection.pair).toEqual(['c', 'd']);
    run({ type: 'select-author', author: null });
    expect(store.selection.selected).toBeNull();
  });

  it('shows a notice for an unknown author and warns, without throwing', () => {
    const { store, run, warnings } = setup();
    run({ type: 'select-author', author: 'a' });
    run({ type: 'select-author', author: 'Nobody Known' });
    expect(store.selection.selected).toBeNull();
    expect(store.selection.notice).toMatch(/No author named “Nobody Known”/);
    expect(warnings).toEqual([expect.stringMatching(/Nobody Known/)]);
  });

  it('changes only the filters it names', () => {
    const { store, run } = setup();
    run({ type: 'set-filters', filters: { hideOwner: true, minJoint: 2 } });
    run({ type: 'set-filters', filters: { resolution: 1.7 } });
    expect(store.settings.filters).toMatchObject({ hideOwner: true, minWeight: 2 });
    expect(store.settings.resolution).toBe(1.7);
    run({ type: 'set-filters', filters: { from: 2019, to: 2021 } });
    expect(store.settings.filters).toMatchObject({
      yearFrom: 2019,
      yearTo: 2021,
      minWeight: 2,
      hideOwner: true,
    });
  });

  it('sets the theme and the view', () => {
    const { store, run, themes } = setup();
    run({ type: 'set-theme', theme: 'dark' });
    run({ type: 'set-view', view: 'list' });
    expect(themes).toEqual(['dark']);
    expect(store.settings.view).toBe('list');
  });
});

describe('event details', () => {
  it('describe selections by id and name', () => {
    const { store } = setup();
    expect(authorSelectEvent(store.data, 'b')).toEqual({
      type: 'author-select',
      detail: { id: 'b', name: 'Bea Björk', papers: 3 },
    });
    expect(authorSelectEvent(store.data, null).detail).toEqual({ id: null, name: null, papers: 0 });
    expect(pairSelectEvent(store.data, ['c', 'd'])).toEqual({
      type: 'pair-select',
      detail: { ids: ['c', 'd'], names: ['Cem Çelik', 'Dan Duong'], jointPapers: 1 },
    });
    expect(pairSelectEvent(store.data, null).detail.ids).toBeNull();
    expect(readyEvent(store.data, 'a', null).detail).toMatchObject({
      authors: 8,
      papers: 10,
      selected: 'a',
    });
  });
});
