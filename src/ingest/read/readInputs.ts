/**
 * Read: turns the paths a user gave into decoded texts. The only stage that touches the disk
 * besides writing the result.
 *
 * Companions: a format may need files beside a source to read it (a Hugo Academic
 * publication names its site's owner `admin`, whose name is in `content/authors/admin/_index.md`).
 * It says which by `ListingFormat.companions(path)`, a pure function of the source's path; this
 * stage reads them (once a folder, at most `MAX_COMPANIONS` files of `MAX_COMPANION_BYTES`)
 * and attaches their texts to the source as `companions`, with the folder looked in as
 * `companionFolder`, so formats stay pure and testable with texts alone.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CompanionRequest, ListingOnDisk, SourceText } from '../formats/types';
import type { ReportIssue } from '../report/types';
import { LISTING_FORMATS } from '../formats';
import { splitLines } from '../formats/lines';
import { ALIAS_FILE_NAME } from '../people/aliases';
import { ROSTER_FILE_NAMES } from '../roster/parseRoster';
import type { UnusableFile } from '../report/unusableFiles';
import { BINARY_MESSAGE, decodeText } from './decode';
import { displayPath, displayPaths } from './displayPath';
import { contentHash, InputError, onDisk, reasonOf } from './listingOnDisk';

/**
 * Extensions a folder scan treats as listings, as the formats declare them; anything else in
 * a folder is noted and skipped.
 */
export const LISTING_EXTENSIONS: readonly string[] = [
  ...new Set(LISTING_FORMATS.flatMap((f) => f.extensions)),
];

/**
 * For an extension that only formats reading it `onlyIfRecognised` claim (`.json`), why a
 * folder's file with it is no listing; undefined when it is one, or when the extension is
 * a listing's own (`.bib`: a broken BibTeX file is reported, not skipped).
 */
function notRecognised(extension: string, text: string): string | undefined {
  const formats = LISTING_FORMATS.filter((f) => f.extensions.includes(extension));
  if (formats.length === 0 || !formats.every((f) => f.onlyIfRecognised)) return undefined;
  const lines = splitLines(text);
  if (formats.some((f) => f.detect(lines) > 0)) return undefined;
  const labels = formats.map((f) => f.label).join(' or ');
  return `${extension.slice(1).toUpperCase()} that is not ${labels}`;
}

/** Bounds on what a format's companions may make this stage read. */
export const MAX_COMPANIONS = 500;
export const MAX_COMPANION_BYTES = 256_000;

/** Why a folder's file is no listing by its path (a format's `excludes`), or undefined. */
function excludedByPath(absolute: string): string | undefined {
  for (const format of LISTING_FORMATS) {
    const reason = format.excludes?.(absolute);
    if (reason) return reason;
  }
  return undefined;
}

/** The files a request names, read and decoded; an absent folder gives none. */
function readCompanions(request: CompanionRequest, cwd: string): SourceText[] {
  let files: string[];
  try {
    files = statSync(request.folder).isDirectory() ? walk(request.folder, cwd) : [];
  } catch {
    return [];
  }
  const texts: SourceText[] = [];
  // Named under the folder's own name even when it is outside the working directory
  // (`authors/admin/_index.md`, not `_index.md`): formats read the page's folder from it.
  const folderName = displayPath(request.folder, cwd);
  for (const absolute of files) {
    if (texts.length >= MAX_COMPANIONS) break;
    const relative = path.relative(request.folder, absolute).split(path.sep).join('/');
    if (!request.matches(relative)) continue;
    try {
      const bytes = readFileSync(absolute);
      if (bytes.length > MAX_COMPANION_BYTES) continue;
      const file = `${folderName}/${relative}`;
      const decoded = decodeText(file, bytes);
      if (!decoded.binary) texts.push({ file, text: decoded.text });
    } catch {
      // An unreadable companion is one the format does not get; it says what it missed.
    }
  }
  return texts;
}

/** A source with the companions its formats ask for, each folder read once. */
function withCompanions(
  source: ListingOnDisk,
  absolute: string,
  cwd: string,
  cache: Map<string, readonly SourceText[]>,
): ListingOnDisk {
  for (const format of LISTING_FORMATS) {
    const request = format.companions?.(absolute);
    if (!request) continue;
    let companions = cache.get(request.folder);
    if (!companions) {
      companions = readCompanions(request, cwd);
      cache.set(request.folder, companions);
    }
    return { ...source, companions, companionFolder: displayPath(request.folder, cwd) };
  }
  return source;
}

export interface InputSet {
  /** Listings, their texts read again when they are parsed (see `ListingOnDisk`). */
  sources: ListingOnDisk[];
  aliasFiles: SourceText[];
  rosterFiles: SourceText[];
  /** Files seen but not used, with why (not listings, duplicates). */
  skipped: { file: string; reason: string }[];
  /** Listing files that could not be read as text (binary, unreadable). */
  unusable: UnusableFile[];
  issues: ReportIssue[];
  bytes: number;
}

export { InputError };

function walk(folder: string, cwd: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`${displayPath(folder, cwd)}: cannot read folder (${reasonOf(error)})`);
  }
  return entries
    .filter((d) => !d.name.startsWith('.') && d.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => {
      const full = path.join(folder, d.name);
      return d.isDirectory() ? walk(full, cwd) : d.isFile() ? [full] : [];
    });
}

export function readInputs(
  inputs: readonly string[],
  cwd: string,
  explicitAliases?: readonly string[],
  explicitRoster?: string,
): InputSet {
  const set: InputSet = {
    sources: [],
    aliasFiles: [],
    rosterFiles: [],
    skipped: [],
    unusable: [],
    issues: [],
    bytes: 0,
  };
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
      files.push(...walk(absolute, cwd).map((f) => ({ absolute: f, explicit: false })));
    else files.push({ absolute, explicit: true });
  }

  // A file named and also found in a named folder counts as named: its extension does not matter.
  const named = new Set(files.filter((f) => f.explicit).map((f) => f.absolute));
  const ordered = [...new Set(files.map((f) => f.absolute))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const seenContent = new Map<string, string>();
  const companionCache = new Map<string, readonly SourceText[]>();
  const names = displayPaths(ordered, cwd);
  for (const absolute of ordered) {
    const explicit = named.has(absolute);
    const file = names.get(absolute)!;
    const name = path.basename(absolute);
    if (name === ALIAS_FILE_NAME) {
      if (explicitAliases) set.skipped.push({ file, reason: 'alias file replaced by --aliases' });
      else set.aliasFiles.push({ file, text: decodeText(file, readFileSync(absolute)).text });
      continue;
    }
    if (ROSTER_FILE_NAMES.includes(name.toLowerCase())) {
      if (explicitRoster !== undefined)
        set.skipped.push({ file, reason: 'roster replaced by --roster' });
      else set.rosterFiles.push({ file, text: decodeText(file, readFileSync(absolute)).text });
      continue;
    }
    if (!explicit && !LISTING_EXTENSIONS.includes(path.extname(name).toLowerCase())) {
      set.skipped.push({
        file,
        reason: `not a listing file type (${path.extname(name) || 'no extension'})`,
      });
      continue;
    }
    const excluded = explicit ? undefined : excludedByPath(absolute);
    if (excluded) {
      set.skipped.push({ file, reason: excluded });
      continue;
    }
    let bytes;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      set.unusable.push({
        file,
        line: 1,
        kind: 'unreadable',
        problem: `cannot read the file (${reasonOf(error)})`,
      });
      continue;
    }
    set.bytes += bytes.length;
    const hash = contentHash(bytes);
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
    // Folders hold all sorts of JSON (exports, settings, a graph file): only a listing's is read.
    const unrecognised =
      explicit || decoded.binary
        ? undefined
        : notRecognised(path.extname(name).toLowerCase(), decoded.text);
    if (unrecognised) {
      set.skipped.push({ file, reason: unrecognised });
      continue;
    }
    if (decoded.binary) {
      set.unusable.push({ file, line: 1, kind: 'binary', problem: BINARY_MESSAGE });
      continue;
    }
    set.issues.push(...decoded.issues);
    set.sources.push(withCompanions(onDisk(file, absolute, hash), absolute, cwd, companionCache));
  }
  if (set.sources.length === 0 && set.unusable.length === 0) {
    const skipped = set.skipped.map((s) => `${s.file}: ${s.reason}`).join('; ');
    throw new InputError(
      `${inputs.join(', ')}: no listing files (${LISTING_EXTENSIONS.filter(Boolean).join(', ')} or no extension)${skipped ? `; skipped ${skipped}` : ''}`,
    );
  }
  if (explicitRoster !== undefined)
    set.rosterFiles.push(readNamedFile(explicitRoster, cwd, 'roster file'));
  for (const aliasPath of explicitAliases ?? [])
    set.aliasFiles.push(readNamedFile(aliasPath, cwd, 'alias file'));
  return set;
}

/** A file named by an option (`--roster`, `--aliases`): it must exist. */
function readNamedFile(given: string, cwd: string, what: string): SourceText {
  const absolute = path.resolve(cwd, given);
  let bytes;
  try {
    bytes = readFileSync(absolute);
  } catch {
    throw new InputError(`${given}: ${what} not found`);
  }
  const file = displayPath(absolute, cwd);
  return { file, text: decodeText(file, bytes).text };
}

/** `ENOENT`, `EACCES`...: the system's short reason, without a stack. */
