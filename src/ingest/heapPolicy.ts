/**
 * How the build step's command lines keep V8's heap near what the build really holds.
 *
 * - Growth: by default V8 lets the heap grow to about twice what survived its last full
 *   collection; the build's live heap at L (about 600 MB) became 1.9 GB of resident memory.
 *   Growing by a tenth keeps it near 1 GB for about the same time, because the build's large
 *   structures die in whole stages, not a little at a time. The flag is read at every
 *   collection, so setting it when a command starts is enough: no Node flag for a user to pass.
 * - Stage ends: when paper resolution returns, its abstract index (220 MB of typed arrays at
 *   L) is garbage while person resolution starts to allocate, and that was the build's peak.
 *   One full collection there (about 0.3 s at L) returns it first.
 *
 * Only the command lines turn this on (`enableHeapPolicy`); a test or a program calling the
 * pipeline keeps its process's own settings, and `collectBefore` does nothing for it.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { StageName } from './stages';

export const HEAP_GROWING_PERCENT = 10;

/** Stages that start just after the build's largest structure so far has died. */
const COLLECT_BEFORE: ReadonlySet<StageName> = new Set(['resolve people']);

let collect: (() => void) | undefined;

/** Called by `npm run graph`'s and `coauthor-atlas`'s entry points before they build. */
export function enableHeapPolicy(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // `gc` is only put on contexts made after --expose-gc is set, so it is taken from a new one.
  v8.setFlagsFromString('--expose-gc');
  collect = vm.runInNewContext('gc') as () => void;
}

/** A full collection when `stage` is one to start clean and the policy is on. */
export function collectBefore(stage: StageName): void {
  if (collect && COLLECT_BEFORE.has(stage)) collect();
}

export function heapPolicyEnabled(): boolean {
  return collect !== undefined;
}
