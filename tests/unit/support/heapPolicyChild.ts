/**
 * Run with `node --import tsx FILE [on]`: what the heap policy does in a process of its own.
 * Prints JSON: whether it is on, and the heap used after a stage boundary that collects,
 * against the heap used while garbage of about 64 MB was waiting for a collection.
 */
import { collectBefore, enableHeapPolicy, heapPolicyEnabled } from '../../../src/ingest/heapPolicy';

if (process.argv[2] === 'on') enableHeapPolicy();

/** About 64 MB of small objects, dropped on return. */
function makeGarbage(): number {
  const kept: { index: number; label: string }[] = [];
  for (let i = 0; i < 1_000_000; i++) kept.push({ index: i, label: `entry ${i}` });
  return kept.length;
}

makeGarbage();
const waiting = process.memoryUsage().heapUsed;
collectBefore('resolve people');
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ enabled: heapPolicyEnabled(), waiting, after }));
