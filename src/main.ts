/**
 * The page's entry: the standalone map, the same page in an iframe (`?embed=1`), and the
 * one-file export (which carries its graph in a data block instead of fetching it).
 */
import { mount } from 'svelte';
import App from './app/App.svelte';
import { configFromLocation, dataParam } from './app/config';
import { connectToParentFrame } from './app/embed/frameHost';
import { INLINE_GRAPH_ID } from './app/embed/inlineGraph';
import { readPageParams } from './app/embed/pageParams';

const target = document.getElementById('app');
if (target) {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined; // blocked storage (sandboxed iframe): no saved theme
  }
  const params = readPageParams(window.location.search);
  for (const warning of params.warnings) console.warn(`Coauthor Atlas: ${warning}`);
  const config = configFromLocation(window.location, storage);
  // A framed page talks to its parent (commands from trusted origins only), embed or not.
  const frame = connectToParentFrame(window, params.trustedOrigins);
  // A link's explicit ?data= wins over the graph the one-file export carries.
  const inline = document.getElementById(INLINE_GRAPH_ID)?.textContent ?? null;
  mount(App, {
    target,
    props: {
      config: {
        ...config,
        host: frame?.host ?? null,
        inlineGraph: dataParam(window.location.search) !== null ? null : inline,
      },
    },
  });
}
