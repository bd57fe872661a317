/**
 * One build, as `npm run graph` does it (same functions, same order), reporting per-stage
 * times and the process's peak memory as JSON on stdout. Run in its own process by the
 * benchmark so every run starts cold and peak memory is the build's alone.
 *
 *   node --import tsx tests/bench/buildOnce.ts INPUT OUT.json
 */
import { performance } from 'node:perf_hooks';
import { collectBefore, enableHeapPolicy } from '../../src/ingest/heapPolicy';
import { parsePipelineInput, runParsedPipeline } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import type { StageName } from '../../src/ingest/stages';
import { writeGraph } from '../../src/ingest/write/writeGraph';

const [input, out] = process.argv.slice(2);
if (!input || !out) {
  console.error('usage: buildOnce.ts INPUT OUT.json');
  process.exit(2);
}

enableHeapPolicy();
const stages: Record<string, number> = {};
let stage: string = 'read';
let since = performance.now();
// As the command line does it: the heap policy's collection counts in the stage it starts.
const enter = (next: StageName | 'done'): void => {
  const now = performance.now();
  stages[stage] = (stages[stage] ?? 0) + (now - since);
  stage = next;
  since = now;
  if (next !== 'done') collectBefore(next);
};

// As the command line does it: the texts are read and parsed in a call of their own, so
// nothing holds them once it returns (a module's top-level temporaries live as long as it).
const readAndParse = (): ReturnType<typeof parsePipelineInput> =>
  parsePipelineInput(readInputs([input], process.cwd()), (name) => enter(name));
const parsed = readAndParse();
const result = runParsedPipeline(parsed, (name) => enter(name));
enter('write');
const { bytes, detailBytes } = writeGraph(out, result.graph);
enter('done');

console.log(
  JSON.stringify({
    stages,
    bytes,
    detailBytes,
    maxRssKB: process.resourceUsage().maxRSS,
    entries: result.report.accounting.entriesRead,
    papers: result.graph.papers.length,
    authors: result.graph.authors.length,
    collaborations: result.report.summary.collaborations,
    errors: result.errors.length,
  }),
);
