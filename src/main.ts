import { mount } from 'svelte';
import App from './app/App.svelte';
import { configFromLocation } from './app/config';

const target = document.getElementById('app');
if (target) {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined; // blocked storage (sandboxed iframe): no saved theme
  }
  mount(App, { target, props: { config: configFromLocation(window.location, storage) } });
}
