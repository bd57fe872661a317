/**
 * Where the items of a JSON listing start, because JSON.parse forgets positions and every entry
 * needs its line: the elements of the top-level array, or of the array under one key of the
 * top-level object (`{"meta": {…}, "results": [ … ]}`), and nothing nested deeper.
 */
import type { SourceRef } from '../../model/types';
import { excerpt, linesOf } from './lines';
import type { FormatId, ParsedListing } from './types';

interface Frame {
  array: boolean;
  /** The last key read in this object. */
  key?: string;
  /** This array is the item list. */
  items: boolean;
  /** In the item list: the next value read starts an element. */
  expectElement: boolean;
}

/**
 * Offsets of the first character of each element of the item list (objects or not, so a
 * stray `null` has its own line), in one pass that knows strings and nesting. `key`
 * undefined: the top-level array; else the array that top-level key holds.
 */
export function itemOffsetsAt(text: string, key?: string): number[] {
  const offsets: number[] = [];
  const stack: Frame[] = [];
  let lastString: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const top = stack[stack.length - 1];
    if (top?.items && top.expectElement && c !== 93 /* ] */ && c !== 44 /* , */) {
      offsets.push(i);
      top.expectElement = false;
    }
    if (c === 34 /* " */) {
      const start = i + 1;
      for (i = start; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
      // Only top-level keys are ever compared: short, so slicing them costs little.
      lastString = stack.length === 1 && i - start <= 64 ? text.slice(start, i) : undefined;
    } else if (c === 58 /* : */) {
      if (top && !top.array) top.key = lastString;
    } else if (c === 44) {
      if (top?.items) top.expectElement = true;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const items =
        c === 91 &&
        (key === undefined
          ? stack.length === 0
          : stack.length === 1 && top !== undefined && !top.array && top.key === key);
      stack.push({ array: c === 91, items, expectElement: items });
    } else if (c === 125 /* } */ || c === 93) {
      stack.pop();
    }
  }
  return offsets;
}

/** A JSON listing read as a list of items, each with where it starts. */
export interface JsonItemList {
  items: readonly unknown[];
  offsets: readonly number[];
}

/** Detection shared by the JSON formats: an object or array that `read` recognises. */
export function detectJson(
  lines: readonly string[],
  read: (text: string) => unknown,
  confidence: number,
): number {
  const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  if (!first.startsWith('[') && !first.startsWith('{')) return 0;
  return read(lines.join('\n')) ? confidence : 0;
}

/**
 * The skeleton every JSON format shares: read the document (or say at line 1 why it is not
 * one), then hand each object item with its line to `each`; a non-object item is rejected.
 */
export function parseJsonItems(
  source: { file: string; text: string },
  format: FormatId,
  read: (text: string) => JsonItemList | undefined,
  messages: { notThisFormat: string; notAnItem: string },
  each: (item: Record<string, unknown>, ref: SourceRef, shown: string, out: ParsedListing) => void,
): ParsedListing {
  const { file } = source;
  const out: ParsedListing = { file, format, entries: [], rejected: [], issues: [] };
  const document = read(source.text);
  if (!document) {
    out.issues.push({ file, line: 1, severity: 'warning', message: messages.notThisFormat });
    return out;
  }
  const lines = linesOf(source.text, document.offsets);
  document.items.forEach((item, i) => {
    const ref = { file, line: lines[i] ?? 1 };
    const shown = excerpt(JSON.stringify(item) ?? String(item));
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      out.rejected.push({ ref, text: shown, reason: messages.notAnItem });
      return;
    }
    each(item as Record<string, unknown>, ref, shown, out);
  });
  return out;
}
