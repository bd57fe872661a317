/**
 * A listing the read stage has read and checked, set aside without its text (`ListingOnDisk`):
 * holding every file's text until all were parsed cost 450 MB at L. Reading it again is cheap
 * (the file is in the operating system's cache); the content hash makes sure the parse stage
 * gets the text that was checked, and a file changed in between stops the build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ListingOnDisk } from '../formats/types';
import { decodeText } from './decode';

/** An input the user gave that cannot be read as one: the build stops with this message. */
export class InputError extends Error {}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function onDisk(file: string, absolute: string, hash: string): ListingOnDisk {
  return {
    file,
    readText(): string {
      let bytes;
      try {
        bytes = readFileSync(absolute);
      } catch (error) {
        throw new InputError(`${file}: cannot read the file again (${reasonOf(error)})`);
      }
      if (contentHash(bytes) !== hash)
        throw new InputError(`${file}: changed while the build was reading it; run it again`);
      return decodeText(file, bytes).text;
    },
  };
}

/** An error's code (`ENOENT`) or message, for a line naming the file. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
