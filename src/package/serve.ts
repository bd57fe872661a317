/**
 * `coauthor-atlas serve`: builds into a folder (a temporary one unless `--out`), serves it on
 * 127.0.0.1 and rebuilds the graph file when an input, the config, the alias file or the roster
 * changes (fs.watch, recursive for folders; changes within 300 ms make one rebuild). A failed
 * rebuild keeps the last good graph file, so the page never loses its map.
 */
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  watch,
  type FSWatcher,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../ingest/cli';
import { createReviewHandler } from '../review/server/handler';
import { runBuild, type BuildPlan, type PackageIo } from './build';

export const DEFAULT_PORT = 8080;
const DEBOUNCE_MS = 300;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

/** A static server for one folder; nothing outside it is ever served. */
export function staticServer(
  folder: string,
  before?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>,
): Server {
  const root = path.resolve(folder);
  return createServer((request, response) => {
    if (before) {
      before(request, response).then(
        (handled) => {
          if (!handled) serveFile(root, request, response);
        },
        (error: unknown) => {
          if (!response.headersSent) response.writeHead(500);
          response.end(String(error));
        },
      );
      return;
    }
    serveFile(root, request, response);
  });
}

function serveFile(root: string, request: IncomingMessage, response: ServerResponse): void {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  } catch {
    pathname = '/';
  }
  let file = path.resolve(root, `.${path.sep}${pathname}`);
  if (file !== root && !file.startsWith(root + path.sep)) file = '';
  if (file && existsSync(file) && statSync(file).isDirectory())
    file = path.join(file, 'index.html');
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    // A rebuilt graph.json is read on the next reload, never an old copy.
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(response);
}

/**
 * The folder whose aliases.json "Review names" writes: the first input folder, else the folder
 * of the first input file (then the file is passed to the build with --aliases).
 */
export function reviewFolder(inputs: readonly string[]): string | undefined {
  const folder = inputs.find((i) => existsSync(i) && statSync(i).isDirectory());
  if (folder) return folder;
  return inputs[0] ? path.dirname(inputs[0]) : undefined;
}

export interface Serving {
  url: string;
  close(): Promise<void>;
}

export async function serve(
  plan: BuildPlan,
  io: PackageIo,
  port: number,
): Promise<Serving | number> {
  // The report feeds "Review names": a file of the user's (--report) or one of ours, never
  // inside the served folder.
  const reportAt = plan.graphArgv.indexOf('--report');
  const reportFile =
    reportAt >= 0
      ? path.resolve(io.cwd, plan.graphArgv[reportAt + 1] ?? '')
      : path.join(mkdtempSync(path.join(os.tmpdir(), 'coauthor-atlas-report-')), 'report.json');
  const folder = reviewFolder(plan.inputs);
  const aliasFile = folder ? path.join(folder, 'aliases.json') : undefined;
  const graphArgv = (): string[] => {
    const argv = [...plan.graphArgv];
    if (reportAt < 0) argv.splice(argv.length - 2, 0, '--report', reportFile);
    // An input folder reads its own aliases.json; beside an input file, it is named.
    const read = folder && plan.inputs.includes(folder);
    if (aliasFile && !read && existsSync(aliasFile) && !argv.includes(aliasFile))
      argv.splice(argv.length - 2, 0, '--aliases', aliasFile);
    return argv;
  };
  const status = runBuild({ ...plan, graphArgv: graphArgv() }, io);
  if (status !== 0) return status;
  let muteUntil = 0;
  const review = folder
    ? createReviewHandler({
        inputFolder: folder,
        readReport: () => {
          try {
            return JSON.parse(readFileSync(reportFile, 'utf8')) as unknown;
          } catch {
            return undefined;
          }
        },
        beforeWrite: () => {
          muteUntil = Date.now() + 1500;
        },
        rebuild: () => {
          io.stdout('Review decision written to the alias file: rebuilding');
          const lines: string[] = [];
          const code = runCli(graphArgv(), {
            ...io,
            stdout: (text) => {
              lines.push(text);
              io.stdout(text);
            },
          });
          const since = lines.join('\n').match(/Since the last build: [^\n]*/)?.[0];
          return code === 0
            ? { ok: true, message: since ?? 'Rebuilt' }
            : { ok: false, message: 'The rebuild failed: the map is unchanged' };
        },
      })
    : undefined;
  const server = staticServer(plan.target, review);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
  } catch (error) {
    io.stderr(
      `cannot listen on 127.0.0.1:${port} (${(error as { code?: string }).code ?? (error as Error).message}): try --port N`,
    );
    return 1;
  }
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  io.stdout(`Serving ${url} (Ctrl-C to stop); rebuilding when an input changes`);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const rebuild = () => {
    timer = undefined;
    io.stdout('Input changed: rebuilding');
    const code = runCli(graphArgv(), io);
    io.stdout(
      code === 0 ? `Rebuilt: reload ${url}` : 'Rebuild failed: the page keeps the last map',
    );
  };
  const changed = (file?: string | null) => {
    // The graph file itself (an input folder may hold the output) is no change of input.
    if (file && path.resolve(file).startsWith(plan.target + path.sep)) return;
    // "Review names" rebuilt after writing the alias file already.
    if (file && aliasFile && path.resolve(file) === aliasFile && Date.now() < muteUntil) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(rebuild, DEBOUNCE_MS);
  };
  const watchers: FSWatcher[] = [];
  for (const watched of new Set([...plan.inputs, ...plan.watchFiles])) {
    if (!existsSync(watched)) continue;
    const folder = statSync(watched).isDirectory();
    try {
      watchers.push(
        watch(watched, { recursive: folder, persistent: true }, (_event, name) =>
          changed(folder && name ? path.join(watched, name.toString()) : watched),
        ),
      );
    } catch (error) {
      io.stderr(`${watched}: cannot watch for changes (${(error as Error).message})`);
    }
  }
  return {
    url,
    close: async () => {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
