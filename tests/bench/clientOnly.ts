/**
 * The client benchmark alone, on graph files already built (the full `npm run bench` builds
 * every size first):
 *
 *   node --import tsx tests/bench/clientOnly.ts L=bench-results/L/graph.json [M=… ] [--runs 1]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchClient } from './client';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
const graphs = args
  .filter((a) => a.includes('='))
  .map((a) => {
    const [size, file] = a.split('=') as [string, string];
    return { size, file: path.resolve(file), runs };
  });
const figures = await benchClient(root, graphs);
console.log(JSON.stringify(figures, null, 2));
