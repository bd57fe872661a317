/** Mounts the app on the page (loaded by main.ts once the graph file is on its way). */
import { mount } from 'svelte';
import App from './App.svelte';
import type { AtlasConfig } from './config';

export function startApp(target: HTMLElement, config: AtlasConfig): void {
  mount(App, { target, props: { config } });
}
