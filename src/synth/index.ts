/**
 * Synthetic listings at a chosen size, deterministic for a seed, with their truth.
 */
import { Random } from '../util/random';
import { writeListings, type SynthFile, type SynthTruth } from './listings';
import { generateWorld } from './world';

export type { SynthFile, SynthTruth } from './listings';

/** Named sizes. S is the seed listings themselves (not generated). */
export const SYNTH_SIZES = { M: 10_000, L: 100_000 } as const;
export type SynthSize = keyof typeof SYNTH_SIZES;

export interface SynthOptions {
  /** Distinct papers in the world; every one is listed at least once. */
  papers: number;
  seed?: number;
}

export function generateListings(options: SynthOptions): { files: SynthFile[]; truth: SynthTruth } {
  const random = new Random(options.seed ?? 1);
  const world = generateWorld(options.papers, random);
  return writeListings(world, random);
}
