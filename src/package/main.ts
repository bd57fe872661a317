#!/usr/bin/env node
/**
 * The `coauthor-atlas` command of the installed package (bundled to dist-cli/coauthor-atlas.js
 * with esbuild; the prebuilt app is in dist-app/ beside it). Run from the repository with
 * `node --import tsx src/package/main.ts` after `npm run build:package`.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableHeapPolicy } from '../ingest/heapPolicy';
import { runPackage } from './run';

/** dist-app/ beside dist-cli/ (the package), or at the repository root (from src/package/). */
function appDir(): string {
  if (process.env['ATLAS_APP_DIR']) return path.resolve(process.env['ATLAS_APP_DIR']);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../dist-app'), path.resolve(here, '../../dist-app')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0]!;
}

function version(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const file of [
    path.resolve(here, '../package.json'),
    path.resolve(here, '../../package.json'),
  ]) {
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

enableHeapPolicy();
const status = await runPackage(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  appDir: appDir(),
  version: version(),
  temporaryFolder: () => mkdtempSync(path.join(os.tmpdir(), 'coauthor-atlas-')),
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
});
if (typeof status === 'number') process.exitCode = status;
else {
  const stop = () => {
    void status.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
