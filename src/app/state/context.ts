/** The store's context: one store per mounted app (see defineContext.ts). */
import { defineContext } from './defineContext';
import type { AtlasStore } from './store.svelte';

const storeContext = defineContext<AtlasStore>('store');

export const provideStore = storeContext.provide;
export const useStore = storeContext.use;
