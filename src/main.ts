/**
 * The page's entry: the standalone map, the same page in an iframe (`?embed=1`), and the
 * one-file export (which carries its graph in a data block instead of fetching it).
 *
 * This first script is small on purpose: it starts the graph file's request, then loads the
 * app, so the graph and the app's script download (and the script compiles) side by side.
 */
import { configFromLocation, dataParam } from './app/config';
import { connectToParentFrame } from './app/host/frameHost';
import { INLINE_GRAPH_ID } from './app/load/inlineGraph';
import { readPageParams } from './app/params/pageParams';
import { startGraphFetch } from './app/load/earlyFetch';

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
  const inlineGraph = dataParam(window.location.search) !== null ? null : inline;
  const earlyGraph = inlineGraph === null ? startGraphFetch(config.dataUrl) : null;
  import('./app/start').then(
    ({ startApp }) => {
      startApp(target, { ...config, host: frame?.host ?? null, inlineGraph, earlyGraph });
    },
    (error: unknown) => {
      // The app's script did not arrive (offline, a broken deploy): say so on the page.
      console.error('Coauthor Atlas: the app could not be loaded', error);
      target.textContent = 'The coauthor map could not be loaded. Reload the page to try again.';
    },
  );
}
