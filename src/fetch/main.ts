import { runFetchCli } from './cli';

process.exitCode = await runFetchCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
});
