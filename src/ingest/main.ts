import { enableHeapPolicy } from './heapPolicy';
import { runCli } from './cli';

enableHeapPolicy();
process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
});
