/**
 * Typed context for the Sigma instance: controller components below the map read it with
 * `useSigma()` and never need it to be null (they are mounted once it exists).
 */
import type Graph from 'graphology';
import { getContext, setContext } from 'svelte';
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './renderGraph';

export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes>;
export type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

const SIGMA = Symbol('coauthor-atlas/sigma');

interface SigmaHandle {
  readonly sigma: AtlasSigma | null;
}

export function provideSigma(handle: SigmaHandle): void {
  setContext(SIGMA, handle);
}

export function useSigma(): AtlasSigma {
  const handle = getContext<SigmaHandle | undefined>(SIGMA);
  if (!handle?.sigma) throw new Error('useSigma() outside of a mounted map');
  return handle.sigma;
}
