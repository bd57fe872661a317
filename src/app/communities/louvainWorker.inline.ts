/**
 * The one-file export's Louvain worker: its code is carried inside the page (a page opened
 * from disk can load no other file) and started from a blob. Chosen over louvainWorker.ts by
 * the single-file build (vite.config.ts); a page that refuses blob workers falls back to its
 * own thread, as with any worker that cannot start.
 */
import LouvainWorker from './louvain.worker.ts?worker&inline';

export function spawnLouvainWorker(): Worker {
  return new LouvainWorker();
}
