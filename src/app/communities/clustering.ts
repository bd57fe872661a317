/**
 * Where Louvain runs: in the page's thread for small graphs (no worker start-up to pay), in a
 * Web Worker for large ones so panning never freezes. Either way it starts after the map has
 * painted: the picture first, then the clusters. Each run is measured as the performance
 * entry `coauthor-atlas:louvain` (the benchmark reads it).
 */
import {
  detectCommunities,
  type CommunityInput,
  type CommunityOptions,
  type Partition,
} from './louvain';
import { packLouvainRequest, type LouvainResponse } from './louvainMessages';
import { afterPaint } from '../state/afterPaint';
import { spawnLouvainWorker } from './louvainWorker';

export type CommunityRunner = (
  input: CommunityInput,
  options: CommunityOptions,
) => Promise<Partition>;

/** Above this many links, Louvain takes long enough (~50 ms and up) to be worth a worker. */
export const WORKER_MIN_LINKS = 5000;
export const LOUVAIN_MEASURE = 'coauthor-atlas:louvain';

function measured<T>(run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  return run().finally(() => {
    performance.measure(LOUVAIN_MEASURE, { start, end: performance.now() });
  });
}

export const inThreadRunner: CommunityRunner = async (input, options) => {
  await afterPaint();
  return measured(async () => detectCommunities(input, options));
};

/** A superseded run: its result would be stale, so its worker was stopped. */
export class SupersededRun extends Error {}

/**
 * Runs Louvain in a worker. A new run while one is in progress stops the old worker (its
 * result would be dropped anyway) instead of queueing behind it. If a worker cannot start
 * (a page opened from `file://`, a strict CSP), it falls back to the page's thread.
 */
export function createWorkerRunner(spawn: () => Worker): CommunityRunner {
  let worker: Worker | null = null;
  let pending: { id: number; reject: (error: Error) => void } | null = null;
  let nextId = 0;
  let broken = false;

  return async (input, options) => {
    await afterPaint();
    if (broken) return measured(async () => detectCommunities(input, options));
    if (pending) {
      worker?.terminate();
      worker = null;
      pending.reject(new SupersededRun('superseded by a newer run'));
      pending = null;
    }
    return measured(
      () =>
        new Promise<Partition>((resolve, reject) => {
          const id = ++nextId;
          try {
            worker ??= spawn();
          } catch {
            broken = true;
            resolve(detectCommunities(input, options));
            return;
          }
          pending = { id, reject };
          worker.onmessage = (event: MessageEvent<LouvainResponse>) => {
            if (event.data.id !== id) return;
            pending = null;
            if (event.data.partition) resolve(event.data.partition);
            else reject(new Error(event.data.error ?? 'community detection failed'));
          };
          worker.onerror = (event) => {
            // The worker script could not load: use the page's thread from now on.
            event.preventDefault();
            pending = null;
            worker = null;
            broken = true;
            resolve(detectCommunities(input, options));
          };
          const request = packLouvainRequest(id, input, options);
          worker.postMessage(request, [
            request.sources.buffer,
            request.targets.buffer,
            request.weights.buffer,
          ]);
        }),
    );
  };
}

/** The runner the app uses: a worker for large graphs when workers exist, the page's thread otherwise. */
export function chooseRunner(): CommunityRunner {
  if (typeof Worker === 'undefined') return inThreadRunner;
  const viaWorker = createWorkerRunner(spawnLouvainWorker);
  return (input, options) =>
    input.edges.length >= WORKER_MIN_LINKS
      ? viaWorker(input, options)
      : inThreadRunner(input, options);
}
