/**
 * Typed context for the Sigma instance: controller components below the map read it with
 * `useSigma()` and never need it to be null (they are mounted once it exists).
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { SigmaEvents } from 'sigma/types';
import { defineContext } from '../state/defineContext';
import type { EdgeAttributes, NodeAttributes } from './renderGraph';

export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes>;
export type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

interface SigmaHandle {
  /** The renderer; null while none is drawing (before the first, after a lost context). */
  readonly sigma: AtlasSigma | null;
  /**
   * How many renderers came before this one: 0 for the first, more after a lost WebGL context
   * made the map start a new one (controllers then keep the camera instead of re-centring).
   */
  readonly generation: number;
}

const NO_MAP: SigmaHandle = { sigma: null, generation: 0 };

const sigmaContext = defineContext<SigmaHandle>('map');

export function provideSigma(handle: SigmaHandle): void {
  sigmaContext.provide(handle);
}

/**
 * The handle itself, read lazily (`handle.sigma` follows a renderer started again after a
 * lost context); a handle with no renderer where there is no map (no WebGL).
 */
export function useSigmaHandle(): SigmaHandle {
  return sigmaContext.has() ? sigmaContext.use() : NO_MAP;
}

export function useSigma(): AtlasSigma {
  const sigma = sigmaContext.use().sigma;
  if (!sigma) throw new Error('useSigma() outside of a mounted map');
  return sigma;
}

/** Subscribes to a sigma event; returns the unsubscribe function (for $effect cleanups). */
export function listen<K extends keyof SigmaEvents>(
  sigma: AtlasSigma,
  event: K,
  listener: SigmaEvents[K],
): () => void {
  sigma.on(event, listener);
  return () => void sigma.off(event, listener);
}
