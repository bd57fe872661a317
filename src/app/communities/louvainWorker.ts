/**
 * Starts the Louvain worker from its own file beside the page or the element's script. Browsers
 * start workers from the page's own origin only, so when the script came from elsewhere (a
 * CDN serving coauthor-atlas.js) the worker is started through a same-origin blob that imports
 * it; if that is refused too (a CSP without blob:), the runner falls back to the page's thread.
 * The worker's URL is a Trusted Types sink: it goes through the app's policy.
 * The one-file export swaps this module for louvainWorker.inline.ts (see vite.config.ts).
 */
import workerUrl from './louvain.worker.ts?worker&url';
import { trustedScriptUrl } from '../trustedTypes';

export function spawnLouvainWorker(): Worker {
  const url = new URL(workerUrl, import.meta.url);
  // Both URLs go through the app's Trusted Types policy (see ../trustedTypes.ts).
  if (url.origin === location.origin) return new Worker(trustedScriptUrl(url), { type: 'module' });
  const loader = new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' });
  return new Worker(trustedScriptUrl(URL.createObjectURL(loader)), { type: 'module' });
}
