/**
 * Author search: case- and diacritic-insensitive (the build step's `fold`), over names and
 * every alias, so `takac` finds Martin Takáč and `Stich` finds Sebastian U. Stich.
 */
import type { AuthorRecord } from '../../model/types';
import { fold } from '../../text/fold';

interface SearchKey {
  /** The spelling as listed. */
  text: string;
  /** Folded, punctuation as spaces: `sebastian u stich`. */
  folded: string;
  tokens: string[];
  isName: boolean;
}

interface SearchEntry {
  id: string;
  name: string;
  paperCount: number;
  keys: SearchKey[];
}

export interface SearchIndex {
  entries: SearchEntry[];
  byKey: Map<string, string[]>;
}

export interface SearchHit {
  id: string;
  name: string;
  /** The alias that matched, when it was not the name. */
  matchedAlias?: string;
  score: number;
}

/** Folded text with punctuation (`-`, `.`, `,`, `'`) turned into single spaces. */
export function searchKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(authors: readonly AuthorRecord[]): SearchIndex {
  const byKey = new Map<string, string[]>();
  const entries = authors.map((author) => {
    const spellings = [author.name, ...author.aliases];
    const keys: SearchKey[] = spellings.map((text, i) => {
      const folded = searchKey(text);
      return { text, folded, tokens: folded.split(' '), isName: i === 0 };
    });
    for (const key of new Set([searchKey(author.id), ...keys.map((k) => k.folded)])) {
      const ids = byKey.get(key) ?? [];
      if (!ids.includes(author.id)) ids.push(author.id);
      byKey.set(key, ids);
    }
    return { id: author.id, name: author.name, paperCount: author.paperCount, keys };
  });
  return { entries, byKey };
}

/** How well one spelling matches a folded query; 0 = not at all. */
function scoreKey(key: SearchKey, query: string, queryTokens: string[]): number {
  if (key.folded === query) return 100;
  if (key.folded.startsWith(query)) return 80;
  // Every query word starts some word of the name: `takac`, `m takac`, `stich seb`.
  const used = new Set<number>();
  const allPrefix = queryTokens.every((q) => {
    const at = key.tokens.findIndex((t, i) => !used.has(i) && t.startsWith(q));
    if (at < 0) return false;
    used.add(at);
    return true;
  });
  if (allPrefix) return 60;
  if (key.folded.includes(query)) return 30;
  return 0;
}

export function searchAuthors(index: SearchIndex, text: string, limit = 8): SearchHit[] {
  const query = searchKey(text);
  if (query === '') return [];
  const queryTokens = query.split(' ');
  const hits: (SearchHit & { paperCount: number })[] = [];
  for (const entry of index.entries) {
    let best = 0;
    let bestKey: SearchKey | undefined;
    for (const key of entry.keys) {
      const raw = scoreKey(key, query, queryTokens);
      // The name wins ties with an alias, so an alias is shown only when it made the match.
      const score = raw === 0 ? 0 : raw + (key.isName ? 0.5 : 0);
      if (score > best) {
        best = score;
        bestKey = key;
      }
    }
    if (best > 0 && bestKey) {
      hits.push({
        id: entry.id,
        name: entry.name,
        ...(bestKey.isName ? {} : { matchedAlias: bestKey.text }),
        score: Math.floor(best),
        paperCount: entry.paperCount,
      });
    }
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      b.paperCount - a.paperCount ||
      a.name.localeCompare(b.name, 'en') ||
      (a.id < b.id ? -1 : 1),
  );
  return hits.slice(0, limit).map(({ paperCount: _, ...hit }) => hit);
}

export type AuthorResolution =
  { kind: 'found'; id: string } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'unknown' };

/**
 * What `?author=` names: an id, the name or any alias, exactly (case, diacritics and
 * punctuation aside); failing that, the one author whose name words the text starts. Two
 * candidates are reported, not guessed between.
 */
export function resolveAuthor(index: SearchIndex, text: string): AuthorResolution {
  const query = searchKey(text);
  if (query === '') return { kind: 'unknown' };
  const exact = index.byKey.get(query);
  if (exact && exact.length === 1) return { kind: 'found', id: exact[0]! };
  if (exact && exact.length > 1) return { kind: 'ambiguous', candidates: exact };
  const close = searchAuthors(index, text, 6).filter((hit) => hit.score >= 60);
  if (close.length === 1) return { kind: 'found', id: close[0]!.id };
  if (close.length > 1) return { kind: 'ambiguous', candidates: close.map((hit) => hit.id) };
  return { kind: 'unknown' };
}
