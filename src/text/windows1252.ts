/**
 * Windows-1252, decoded by hand: Node's `TextDecoder('windows-1252')` decodes ISO-8859-1
 * instead, turning the bytes 0x80-0x9F (curly quotes, dashes, bullets, the euro sign: the very
 * characters listings copied from Word or old pages carry) into invisible C1 control codes.
 */

/**
 * Code points of the bytes 0x80-0x9F; the five undefined bytes keep their C1 code point.
 * Also read backwards by `src/text/mojibake.ts` to turn mis-decoded text back into its bytes.
 */
export const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Characters per `String.fromCharCode` call: far below any engine's argument limit. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? HIGH_CONTROL_RANGE[b - 0x80]! : b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += CHUNK)
    text += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return text;
}
