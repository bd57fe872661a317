/** A Hugo Academic site's author pages: who `admin` and the other author folders are. */
import { readFrontMatter, splitFrontMatter, str } from './frontMatter';
import { splitLines } from './lines';
import type { SourceText } from './types';

/** Hugo's urlize, as far as author folders go: `Robert Ford` → `robert-ford`. */
export function authorSlug(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
}

/** The people the site's author pages name: folder → name. */
export function authorPages(companions: readonly SourceText[] | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const page of companions ?? []) {
    const folder = /([^/\\]+)[/\\]_index\.md$/.exec(page.file)?.[1];
    if (!folder) continue;
    const front = splitFrontMatter(splitLines(page.text));
    if (!front || 'problem' in front) continue;
    const read = readFrontMatter(front);
    if ('problem' in read) continue;
    const { data } = read;
    const name = str(data['title']) ?? str(data['name']);
    if (name) names.set(folder.toLowerCase(), name);
  }
  return names;
}
