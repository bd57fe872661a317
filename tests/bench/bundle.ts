/**
 * The app's JavaScript: what the page loads before it can draw (the entry module and what it
 * preloads), and what it loads only when needed (KaTeX, the Louvain worker), raw and gzip.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  initialBytes: number;
  initialGzip: number;
  lazyBytes: number;
  lazyGzip: number;
  files: { file: string; bytes: number; gzip: number; initial: boolean }[];
}

export function measureBundle(distDir: string): BundleFigures {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const initial = new Set(
    [
      ...html.matchAll(
        /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g,
      ),
    ].map((m) => path.normalize(m[1]!)),
  );
  const names = readdirSync(path.join(distDir, 'assets')).filter((f) => f.endsWith('.js'));
  const text = (name: string): string => readFileSync(path.join(distDir, 'assets', name), 'utf8');
  // Lazy chunks are the ones the app's own code names (dynamic imports, worker URLs), followed
  // transitively; other bundles in the folder (an embed entry) are not the app's.
  const reachable = new Set<string>();
  const queue = names.filter((n) => initial.has(path.join('assets', n)));
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (reachable.has(name)) continue;
    reachable.add(name);
    const body = text(name);
    for (const other of names) if (!reachable.has(other) && body.includes(other)) queue.push(other);
  }
  const files = [...reachable].sort().map((name) => {
    const bytes = Buffer.from(text(name));
    const file = path.join('assets', name);
    return { file, bytes: bytes.length, gzip: gzipSync(bytes).length, initial: initial.has(file) };
  });
  const sum = (list: typeof files, key: 'bytes' | 'gzip'): number =>
    list.reduce((n, f) => n + f[key], 0);
  const first = files.filter((f) => f.initial);
  const later = files.filter((f) => !f.initial);
  return {
    initialBytes: sum(first, 'bytes'),
    initialGzip: sum(first, 'gzip'),
    lazyBytes: sum(later, 'bytes'),
    lazyGzip: sum(later, 'gzip'),
    files,
  };
}
