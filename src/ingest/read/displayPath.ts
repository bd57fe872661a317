/**
 * How an input file is named in the graph file, the report and messages: relative to the
 * working directory, or, for a file outside it, by its name alone (`papers.bib`), never by an
 * absolute path (it would publish the builder's home folder and differ per machine). Two
 * outside files with one name get as many parent folders as tell them apart (`a/papers.bib`,
 * `b/papers.bib`).
 */
import path from 'node:path';

const posix = (p: string): string => p.split(path.sep).join('/');

function inside(absolute: string, cwd: string): string | undefined {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : posix(relative);
}

/** One path on its own: relative, or its last segment. */
export function displayPath(absolute: string, cwd: string): string {
  return inside(absolute, cwd) ?? path.basename(absolute);
}

/** Names for a set of files, distinct from each other. */
export function displayPaths(absolutes: readonly string[], cwd: string): Map<string, string> {
  const names = new Map<string, string>();
  const outside: string[] = [];
  for (const absolute of absolutes) {
    const relative = inside(absolute, cwd);
    if (relative !== undefined) names.set(absolute, relative);
    else outside.push(absolute);
  }
  const taken = new Set(names.values());
  const segments = new Map(
    outside.map((a) => [a, posix(path.resolve(a)).split('/').filter(Boolean)]),
  );
  for (const absolute of outside) {
    const parts = segments.get(absolute)!;
    let name = parts.slice(-1).join('/');
    for (let n = 1; n <= parts.length; n++) {
      name = parts.slice(-n).join('/');
      const clash = outside.some(
        (other) => other !== absolute && segments.get(other)!.slice(-n).join('/') === name,
      );
      if (!clash && !taken.has(name)) break;
    }
    names.set(absolute, name);
    taken.add(name);
  }
  return names;
}
