/**
 * Run with `node --expose-gc --import tsx`: how much heap a parsed listing keeps once its text
 * is dropped, against the text itself. Prints JSON `{ text, held }` in bytes of heap.
 */
import type { SourceText } from '../../../src/ingest/formats/types';
import { parsePipelineInput, type ParsedPipelineInput } from '../../../src/ingest/pipeline';
import { generateListings } from '../../../src/synth';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const base = heap();
// The benchmark's listings (profile pages, author clusters, abstract lists), whose parsers
// slice their fields out of the lines; some names have diacritics, as real pages do.
let sources: SourceText[] | undefined = generateListings({ papers: 5000 }).files.map((f) => ({
  file: f.name,
  // Flat, as a file read from disk is.
  text: JSON.parse(JSON.stringify(f.text)) as string,
}));
const withText = heap() - base;
function parse(): ParsedPipelineInput {
  return parsePipelineInput({ sources: sources!, aliasFiles: [] });
}
const parsed = parse();
sources = undefined;
const held = heap() - base;
if (parsed.parsed.listings.length === 0) throw new Error('nothing was parsed');
console.log(JSON.stringify({ text: withText, held }));
