/**
 * "Review names" under `npm start` (the Vite dev server): the same request handler as
 * `coauthor-atlas serve` (src/review/server/handler.ts), writing seeds/aliases.json (or the
 * folder in ATLAS_REVIEW_INPUT) and rebuilding public/graph.json with `npm run graph`'s command
 * (the previous file there is its warm start, so positions stay).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { createReviewHandler, type RebuildOutcome } from '../../src/review/server/handler.ts';

export function reviewServer(): Plugin {
  return {
    name: 'coauthor-atlas-review',
    apply: 'serve',
    configureServer(server) {
      const root = server.config.root;
      const input = path.resolve(root, process.env['ATLAS_REVIEW_INPUT'] ?? 'seeds');
      const cache = path.join(root, 'node_modules/.cache/coauthor-atlas-review');
      const reportFile = path.join(cache, 'report.json');
      const graph = (): Promise<RebuildOutcome> => {
        mkdirSync(cache, { recursive: true });
        return new Promise((resolve) => {
          execFile(
            process.execPath,
            ['--import', 'tsx', 'src/ingest/main.ts', input, '--out', 'public/graph.json'].concat([
              '--report',
              reportFile,
            ]),
            { cwd: root, encoding: 'utf8' },
            (error, stdout) => {
              const since = /Since the last build: [^\n]*/.exec(stdout)?.[0];
              resolve(
                error
                  ? { ok: false, message: 'The rebuild failed: the map is unchanged' }
                  : { ok: true, message: since ?? 'Rebuilt' },
              );
            },
          );
        });
      };
      // npm start built the graph without a report: one rebuild (the same bytes) gives it.
      let first: Promise<RebuildOutcome> | undefined;
      const handler = createReviewHandler({
        inputFolder: input,
        readReport: () => {
          try {
            return JSON.parse(readFileSync(reportFile, 'utf8')) as unknown;
          } catch {
            return undefined;
          }
        },
        rebuild: graph,
      });
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '';
        if (!url.includes('/__atlas/review')) return next();
        first ??= graph();
        first
          .then(() => handler(request, response))
          .then((handled) => {
            if (!handled) next();
          }, next);
      });
    },
  };
}
