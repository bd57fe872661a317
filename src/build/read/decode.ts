import type { ReportIssue } from '../report/types';

export interface DecodedText {
  text: string;
  binary: boolean;
  issues: ReportIssue[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('windows-1252');

/** Share of control bytes above which a file is binary data, not text. */
const BINARY_CONTROL_SHARE = 0.1;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}

/**
 * UTF-8 (with or without BOM) as expected; bytes that are not valid UTF-8 are read as
 * Latin-1 (Windows-1252), the usual culprit, with a warning pointing at the first bad line.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if (looksBinary(bytes)) {
    return {
      text: '',
      binary: true,
      issues: [{ file, line: 1, severity: 'error', message: 'binary data, not a text listing' }],
    };
  }
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), binary: false, issues: [] };
  } catch {
    const text = latin1.decode(bytes);
    return {
      text,
      binary: false,
      issues: [
        {
          file,
          line: firstInvalidLine(bytes),
          severity: 'warning',
          message: 'not valid UTF-8: read as Latin-1 (Windows-1252)',
        },
      ],
    };
  }
}

function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
