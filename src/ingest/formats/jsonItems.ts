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
