/**
 * A tiny static server for the embedding tests: the built folder under any sub-path (a lab's
 * `/lab/network/`), and host pages held in memory, each server on its own port so pages and
 * embeds are cross-origin to each other (`127.0.0.1:<port>` differs by port).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Host pages (and other files) served from memory, by path (`/host.html`); tests add their own. */
  pages: Map<string, string>;
  /** Paths requested so far (to check what a page fetched, and from where). */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Serve this folder... */
  folder?: string;
  /** ...under this path prefix (default `/`), e.g. `/lab/network/`. */
  prefix?: string;
  /** Send `Access-Control-Allow-Origin: *` (a CDN serving the element's script). */
  cors?: boolean;
}

export async function startStaticServer(options: ServeOptions = {}): Promise<StaticServer> {
  const prefix = options.prefix ?? '/';
  const pages = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (options.cors) response.setHeader('Access-Control-Allow-Origin', '*');
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? TYPES['.html']! });
      response.end(page);
      return;
    }
    if (options.folder && path.startsWith(prefix)) {
      const root = resolve(options.folder);
      let file = resolve(root, `.${sep}${path.slice(prefix.length)}`);
      // Never outside the folder, whatever the path says (`..`).
      if (file === root || file.startsWith(root + sep)) {
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (existsSync(file) && statSync(file).isFile()) {
          response.writeHead(200, {
            'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          });
          createReadStream(file).pipe(response);
          return;
        }
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    pages,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
