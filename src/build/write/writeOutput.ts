import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Compact JSON, one trailing newline: the same inputs give the same bytes. */
export function serialize(value: unknown, pretty = false): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}

/** Writes through a temporary file so a crash never leaves a half-written graph behind. */
export function writeOutput(file: string, content: string): number {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
  return Buffer.byteLength(content);
}
