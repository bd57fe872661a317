import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Builds the bare Sigma baseline page for the client benchmark. */
export default defineConfig({
  root: path.join(here, 'bare'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.join(here, '../../bench-results/site/bare'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
