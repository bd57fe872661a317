/**
 * Nothing half-written: downloaded files go to a private temp folder and are moved into the
 * output folder only once every download has succeeded. A failed fetch leaves the output
 * folder exactly as it was; a successful one replaces the files of the sources it fetched
 * (pages of an earlier, longer download of the same author included) and nothing else.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class Staging {
  readonly folder = mkdtempSync(path.join(os.tmpdir(), 'atlas-fetch-'));
  private readonly files: string[] = [];
  private readonly replaces: RegExp[] = [];

  /** Writes one downloaded file into the temp folder. */
  add(name: string, bytes: Uint8Array): void {
    writeFileSync(path.join(this.folder, name), bytes);
    this.files.push(name);
  }

  /** Files of the output folder matching `pattern` that this download does not write are removed. */
  replace(pattern: RegExp): void {
    this.replaces.push(pattern);
  }

  /** Moves every file into `outDir` (each one atomically), then removes the stale ones. */
  commit(outDir: string): string[] {
    mkdirSync(outDir, { recursive: true });
    for (const name of this.files) {
      const target = path.join(outDir, name);
      const partial = path.join(outDir, `.${name}.partial`);
      // A rename across file systems fails, so copy next to the target first, then rename.
      copyFileSync(path.join(this.folder, name), partial);
      renameSync(partial, target);
    }
    const written = new Set(this.files);
    for (const name of readdirSync(outDir)) {
      if (!written.has(name) && this.replaces.some((pattern) => pattern.test(name)))
        unlinkSync(path.join(outDir, name));
    }
    return [...this.files];
  }

  dispose(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
