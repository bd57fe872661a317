/**
 * CSL-JSON: a list of citation items, as Zotero, Mendeley and citation.js export them
 * (`[{"type": "paper-conference", "title": …, "author": [{"family": …, "given": …}], …}]`),
 * or an object holding that list under `items`.
 */
import { collectCslItem, type CslItem } from './csl';
import { detectJson, parseJsonItems } from './jsonItems';
import { linesOf } from './lines';
import { isOpenAlexWork } from './openAlex';

export { linesOf };
import type { ListingFormat, ParsedListing } from './types';

interface CslDocument {
  items: CslItem[];
  /** Offset in the text where each item's `{` is. */
  offsets: number[];
}

/** The list of items, or undefined when the text is not CSL-JSON. */
export function readCslJson(text: string): CslDocument | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return undefined;
  // Cheap refusal before parsing (a folder's other JSON can be tens of MB): items have a
  // `title` key, and a wrapped list sits under an `items` key. A key spelled with escapes
  // (`"\u0074itle"`) has a backslash, so then the text is parsed to decide.
  if (
    !text.includes('\\') &&
    (!text.includes('"title"') || (trimmed.startsWith('{') && !text.includes('"items"')))
  )
    return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const wrapped = !Array.isArray(data);
  const items = Array.isArray(data)
    ? data
    : typeof data === 'object' &&
        data !== null &&
        Array.isArray((data as Record<string, unknown>)['items'])
      ? ((data as Record<string, unknown>)['items'] as unknown[])
      : undefined;
  if (!items || items.length === 0) return undefined;
  const looksLikeItems =
    items.filter(
      (i) =>
        typeof i === 'object' &&
        i !== null &&
        'title' in i &&
        ('author' in i || 'type' in i || 'issued' in i) &&
        // OpenAlex works have a title and a type too (openAlex.ts reads them).
        !isOpenAlexWork(i),
    ).length /
      items.length >=
    0.5;
  if (!looksLikeItems) return undefined;
  return { items: items as CslItem[], offsets: itemOffsets(text, wrapped ? 2 : 1) };
}

/**
 * Where each object element of the item list starts: a scan that knows strings and nesting,
 * because JSON.parse forgets positions and every entry needs its line.
 */
function itemOffsets(text: string, itemDepth: number): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (c === 123 && depth === itemDepth) offsets.push(i);
      depth++;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return offsets;
}

function detect(lines: readonly string[]): number {
  return detectJson(lines, readCslJson, 0.95);
}

function parse(source: { file: string; text: string }): ParsedListing {
  return parseJsonItems(
    source,
    'csl-json',
    readCslJson,
    {
      notThisFormat: 'not CSL-JSON: no list of items with titles',
      notAnItem: 'not an item object',
    },
    (item, ref, shown, out) => collectCslItem(out, item, ref, shown),
  );
}

export const cslJson: ListingFormat = {
  id: 'csl-json',
  label: 'CSL-JSON',
  extensions: ['.json'],
  onlyIfRecognised: true,
  hint: 'a JSON list of citation items with "title", "author" ([{"family", "given"}]) and "issued"',
  detect,
  parse,
};
