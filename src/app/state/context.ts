/** Typed context: one store per mounted app, so several apps can live on one page. */
import { getContext, setContext } from 'svelte';
import type { AtlasStore } from './atlas.svelte';

const STORE = Symbol('coauthor-atlas/store');

export function provideStore(store: AtlasStore): AtlasStore {
  return setContext(STORE, store);
}

export function useStore(): AtlasStore {
  const store = getContext<AtlasStore | undefined>(STORE);
  if (!store) throw new Error('useStore() outside of an atlas app');
  return store;
}
