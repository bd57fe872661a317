/**
 * Bytes that are not valid UTF-8 are almost always Latin-1 (Windows-1252): an old export, or
 * one pasted line from one. Decoding line by line keeps the good UTF-8 lines intact (decoding
 * the whole file as Latin-1 would turn every `é` of them into `Ã©`) and reads the bad ones right.
 */
import { decodeWindows1252 } from '../../text/windows1252';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface MixedDecoding {
  text: string;
  /** How many lines were read as Windows-1252. */
  fallbackLines: number;
  /** Index in `text` where the first such line starts (-1 when none). */
  firstFallbackAt: number;
}

export function decodeLineByLine(bytes: Uint8Array): MixedDecoding {
  const parts: string[] = [];
  let length = 0;
  let fallbackLines = 0;
  let firstFallbackAt = -1;
  let start = 0;
  // Splitting at LF is safe in both encodings: 0x0A is never part of a multi-byte character.
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    let text: string;
    try {
      text = strictUtf8.decode(line);
    } catch {
      text = decodeWindows1252(line);
      fallbackLines++;
      if (firstFallbackAt < 0) firstFallbackAt = length;
    }
    parts.push(text);
    length += text.length + 1;
    start = i + 1;
  }
  return { text: parts.join('\n'), fallbackLines, firstFallbackAt };
}
