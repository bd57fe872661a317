/**
 * `coauthor-atlas serve`: builds into a folder (a temporary one unless `--out`), serves it on
 * 127.0.0.1 and rebuilds the graph file when an input, the config, the alias file or the roster
 * changes (fs.watch, recursive for folders; changes within 300 ms make one rebuild). A failed
 * rebuild keeps the last good graph file, so the page never loses its map.
 */
import { createReadStream, existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runCli } from '../ingest/cli';
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
export function staticServer(folder: string): Server {
  const root = path.resolve(folder);
  return createServer((request, response) => {
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
  });
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
  const status = runBuild(plan, io);
  if (status !== 0) return status;
  const server = staticServer(plan.target);
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
    const code = runCli(plan.graphArgv, io);
    io.stdout(
      code === 0 ? `Rebuilt: reload ${url}` : 'Rebuild failed: the page keeps the last map',
    );
  };
  const changed = (file?: string | null) => {
    // The graph file itself (an input folder may hold the output) is no change of input.
    if (file && path.resolve(file).startsWith(plan.target + path.sep)) return;
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
