/**
 * Keeps the store and a StateLocation in step. A new selection (an author, a pair, a path, an
 * ego view) is a new history entry (so the back button walks through them); filter, resolution and view changes replace the
 * current entry, debounced, because sliders fire many changes per second.
 */
import { historyKey, parseUrlState, queryString, writeUrlState } from '../params/url';
import type { AtlasStore } from './store.svelte';
import type { StateLocation } from './location';

const REPLACE_DELAY_MS = 250;

/** What makes a new history entry: the parameters the table marks (the author, and the pair, path or ego view opened from them). */
const selectionKey = historyKey;

const normalise = (query: string) => queryString(new URLSearchParams(query));

/** Applies the location's state now and keeps both in sync while mounted (creates effects). */
export function syncStoreWithLocation(store: AtlasStore, location: StateLocation): void {
  store.applyUrlState(parseUrlState(location.read()));
  let lastSelection = selectionKey(store.urlState);
  let pending: ReturnType<typeof setTimeout> | undefined;

  $effect(() => {
    const state = store.urlState;
    const selection = selectionKey(state);
    clearTimeout(pending);
    const query = () => queryString(writeUrlState(state, location.read()));
    if (selection !== lastSelection) {
      lastSelection = selection;
      const next = query();
      if (next !== normalise(location.read())) location.push(next);
      return;
    }
    pending = setTimeout(() => {
      const next = query();
      if (next !== normalise(location.read())) location.replace(next);
    }, REPLACE_DELAY_MS);
  });

  $effect(() => {
    const unsubscribe = location.subscribe(() => {
      clearTimeout(pending);
      store.applyUrlState(parseUrlState(location.read()));
      lastSelection = selectionKey(store.urlState);
    });
    return () => {
      clearTimeout(pending);
      unsubscribe();
    };
  });
}
