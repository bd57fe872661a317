import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Compact JSON, one trailing newline: the same inputs give the same bytes. */
export function serialize(value: unknown, pretty = false): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}

/** Writes through a temporary file so a crash never leaves a half-written file behind. */
export function writeOutput(file: string, content: string): number {
  return writeAtomically(file, (fd) => writeSync(fd, content));
}

const CHUNK = 1 << 20;

/**
 * The same bytes as `serialize(value)`, written piece by piece: a field-scale graph file is
 * hundreds of megabytes, and building it as one string first would double the peak memory.
 */
export function writeJson(file: string, value: Record<string, unknown>): number {
  return writeAtomically(file, (fd) => {
    let buffer = '';
    let written = 0;
    const emit = (text: string): void => {
      buffer += text;
      if (buffer.length >= CHUNK) {
        written += writeSync(fd, buffer);
        buffer = '';
      }
    };
    emit('{');
    let first = true;
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined || typeof field === 'function') continue;
      emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (Array.isArray(field)) {
        emit('[');
        field.forEach((item: unknown, i) =>
          emit(`${i > 0 ? ',' : ''}${JSON.stringify(item) ?? 'null'}`),
        );
        emit(']');
      } else {
        emit(JSON.stringify(field));
      }
    }
    emit('}\n');
    return written + writeSync(fd, buffer);
  });
}

function writeAtomically(file: string, write: (fd: number) => number): number {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    let bytes: number;
    try {
      bytes = write(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    return bytes;
  } catch (error) {
    // A failed write or rename (the target is a folder, the disk is full) leaves nothing behind.
    rmSync(temporary, { force: true });
    throw error;
  }
}
