/**
 * What a file's first bytes say about it: UTF-16 text (Windows "Unicode" exports), binary
 * data (a PDF or an image saved as .txt), or something to decode as UTF-8.
 */

/** How much of a file is sniffed: enough to see past a header, cheap on a 300 MB file. */
const SAMPLE_BYTES = 8192;
/** Share of control bytes above which a file is binary data, not text. */
const BINARY_CONTROL_SHARE = 0.1;

export type Utf16 = 'utf-16le' | 'utf-16be';

/**
 * UTF-16 by its byte order mark, or without one by its pattern: text in Latin script has a
 * zero byte in every other position, always the same parity.
 */
export function utf16Encoding(bytes: Uint8Array): Utf16 | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isControlByte(b: number): boolean {
  return b < 9 || (b > 13 && b < 32);
}

/**
 * Binary data: many control bytes, or a zero byte in bytes that are not UTF-8 either.
 * A text listing with one stray zero byte (a copy glitch) is still text: it is read, and
 * the stray byte is removed with a warning, rather than losing the whole file.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  let zero = false;
  // An indexed loop: the array iterator cost more than the test on each byte.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) zero = true;
    if (isControlByte(b)) control++;
  }
  if (sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE) return true;
  return zero && !isUtf8Prefix(sample);
}

/** Whether the bytes are UTF-8, allowing a character cut off at the end of the sample. */
function isUtf8Prefix(sample: Uint8Array): boolean {
  try {
    // A fresh decoder: streaming mode keeps state between calls.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Decoded text that is mostly control characters is binary data that happened to decode. */
export function mostlyControl(text: string): boolean {
  const sample = Math.min(text.length, SAMPLE_BYTES / 2);
  let control = 0;
  for (let i = 0; i < sample; i++) if (isControlByte(text.charCodeAt(i))) control++;
  return sample > 0 && control / sample > BINARY_CONTROL_SHARE;
}
