/**
 * An author named as a link or a host names them (an id, a name or any alias) resolved to an
 * id, or a sentence for the reader saying why not.
 */
import { resolveAuthor, type SearchIndex } from './search';

export function resolveReference(
  index: SearchIndex,
  text: string | null,
  name: (id: string) => string,
  problems: string[],
): string | null {
  if (!text) return null;
  const found = resolveAuthor(index, text);
  if (found.kind === 'found') return found.id;
  if (found.kind === 'ambiguous') {
    const names = found.candidates.slice(0, 4).map(name);
    problems.push(
      `“${text}” matches several authors (${names.join(', ')}); pick one with the search.`,
    );
  } else {
    problems.push(`No author named “${text}” is in this graph.`);
  }
  return null;
}
