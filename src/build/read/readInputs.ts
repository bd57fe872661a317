/**
 * Read: turns the paths a user gave into decoded texts. The only stage that touches the disk
 * besides writing the result.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceText } from '../formats/types';
import type { ReportIssue } from '../report/types';
import { ALIAS_FILE_NAME } from '../people/aliases';
import { decodeText } from './decode';

/** Extensions a folder scan treats as listings; anything else in a folder is noted and skipped. */
export const LISTING_EXTENSIONS = ['.txt', '.text', '.listing', ''];

export interface InputSet {
  sources: SourceText[];
  aliasFiles: SourceText[];
  /** Files seen but not used, with why (not listings, duplicates). */
  skipped: { file: string; reason: string }[];
  issues: ReportIssue[];
  bytes: number;
}

export class InputError extends Error {}

function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative.startsWith('..') ? absolute : relative).split(path.sep).join('/');
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.') && d.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => {
      const full = path.join(folder, d.name);
      return d.isDirectory() ? walk(full) : d.isFile() ? [full] : [];
    });
}

export function readInputs(
  inputs: readonly string[],
  cwd: string,
  explicitAliases?: readonly string[],
): InputSet {
  const set: InputSet = { sources: [], aliasFiles: [], skipped: [], issues: [], bytes: 0 };
  const files: { absolute: string; explicit: boolean }[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      throw new InputError(`${input}: no such file or folder`);
    }
    if (stat.isDirectory())
      files.push(...walk(absolute).map((f) => ({ absolute: f, explicit: false })));
    else files.push({ absolute, explicit: true });
  }

  const seenPaths = new Set<string>();
  const seenContent = new Map<string, string>();
  const ordered = [...files].sort((a, b) =>
    a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0,
  );
  for (const { absolute, explicit } of ordered) {
    if (seenPaths.has(absolute)) continue;
    seenPaths.add(absolute);
    const file = displayPath(absolute, cwd);
    const name = path.basename(absolute);
    if (name === ALIAS_FILE_NAME) {
      if (explicitAliases) set.skipped.push({ file, reason: 'alias file replaced by --aliases' });
      else set.aliasFiles.push({ file, text: decodeText(file, readFileSync(absolute)).text });
      continue;
    }
    if (!explicit && !LISTING_EXTENSIONS.includes(path.extname(name).toLowerCase())) {
      set.skipped.push({
        file,
        reason: `not a listing file type (${path.extname(name) || 'no extension'})`,
      });
      continue;
    }
    const bytes = readFileSync(absolute);
    set.bytes += bytes.length;
    const hash = createHash('sha256').update(bytes).digest('hex');
    const earlier = seenContent.get(hash);
    if (earlier !== undefined) {
      set.skipped.push({ file, reason: `same content as ${earlier}` });
      set.issues.push({
        file,
        line: 1,
        severity: 'warning',
        message: `same content as ${earlier}: read once`,
      });
      continue;
    }
    seenContent.set(hash, file);
    const decoded = decodeText(file, bytes);
    set.issues.push(...decoded.issues);
    if (decoded.binary) set.skipped.push({ file, reason: 'binary data, not text' });
    else set.sources.push({ file, text: decoded.text });
  }
  for (const aliasPath of explicitAliases ?? []) {
    const absolute = path.resolve(cwd, aliasPath);
    let bytes;
    try {
      bytes = readFileSync(absolute);
    } catch {
      throw new InputError(`${aliasPath}: alias file not found`);
    }
    const file = displayPath(absolute, cwd);
    set.aliasFiles.push({ file, text: decodeText(file, bytes).text });
  }
  return set;
}
