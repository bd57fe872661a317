/**
 * Run with `node --expose-gc --import tsx DIR`: how much heap the read stage's result keeps
 * for the listings in DIR, against their texts. Prints JSON `{ text, held }` in bytes of heap.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readInputs } from '../../../src/ingest/read/readInputs';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const dir = process.argv[2]!;
const base = heap();
/** The heap the texts take when read into strings, measured before they are dropped. */
function textHeap(): number {
  const texts = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const used = heap() - base;
  return texts.length > 0 ? used : 0;
}
const text = textHeap();
const inputs = readInputs(['.'], dir);
const held = heap() - base;
if (inputs.sources.length === 0) throw new Error('nothing was read');
console.log(JSON.stringify({ text, held }));
