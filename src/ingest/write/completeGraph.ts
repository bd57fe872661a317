/**
 * A graph file as one complete text, whether it was written as one file or split (its detail
 * files read from beside it): what the one-file export inlines, and what tools that want
 * every field read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { joinGraph, type DetailFile } from '../../model/split.ts';

export function completeGraphText(file: string): string {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return text; // not ours to judge here: validation says what is wrong
  }
  if (typeof data !== 'object' || data === null || !('details' in data)) return text;
  const joined = joinGraph(data as Record<string, unknown>, (name) => {
    if (path.basename(name) !== name) throw new Error(`${name}: not a file beside ${file}`);
    return JSON.parse(readFileSync(path.join(path.dirname(file), name), 'utf8')) as DetailFile;
  });
  return `${JSON.stringify(joined)}\n`;
}
