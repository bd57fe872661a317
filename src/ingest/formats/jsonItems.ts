/**
 * Where the items of a JSON listing start, because JSON.parse forgets positions and every entry
 * needs its line: the elements of the top-level array, or of the array under one key of the
 * top-level object (`{"meta": {…}, "results": [ … ]}`), and nothing nested deeper.
 */

interface Frame {
  array: boolean;
  /** The last key read in this object. */
  key?: string;
  /** This array is the item list. */
  items: boolean;
}

/**
 * Offsets of the `{` of each object element of the item list, in one pass that knows strings
 * and nesting. `key` undefined: the top-level array; else the array that top-level key holds.
 */
export function itemOffsetsAt(text: string, key?: string): number[] {
  const offsets: number[] = [];
  const stack: Frame[] = [];
  let lastString: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i + 1;
      for (i = start; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
      // Only top-level keys are ever compared: short, so slicing every string costs little.
      lastString = stack.length === 1 && i - start <= 64 ? text.slice(start, i) : undefined;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === 58 /* : */) {
      if (top && !top.array) top.key = lastString;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (c === 123 && top?.items) offsets.push(i);
      const items =
        c === 91 &&
        (key === undefined
          ? stack.length === 0
          : stack.length === 1 && top !== undefined && !top.array && top.key === key);
      stack.push({ array: c === 91, items });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    }
  }
  return offsets;
}
