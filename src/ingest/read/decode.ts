/**
 * Bytes to text, whatever the listing was saved as: UTF-8 with or without BOM, UTF-16,
 * Latin-1 (Windows-1252) or a mix of lines in both. What could not be read as it should is
 * named with its first line; binary data is refused.
 */
import { lineNumberAt } from '../formats/lines';
import type { ReportIssue } from '../report/types';
import { removeControlCharacters } from './controlCharacters';
import { decodeLineByLine } from './latin1Fallback';
import { looksBinary, mostlyControl, utf16Encoding } from './sniff';

export interface DecodedText {
  text: string;
  binary: boolean;
  issues: ReportIssue[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export const BINARY_MESSAGE = 'binary data, not a text listing';

function binary(file: string): DecodedText {
  return {
    text: '',
    binary: true,
    issues: [{ file, line: 1, severity: 'error', message: BINARY_MESSAGE }],
  };
}

export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const issues: ReportIssue[] = [];
  let text: string;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    // Lone surrogates become U+FFFD: nothing in a listing depends on them.
    text = new TextDecoder(utf16).decode(bytes);
    if (mostlyControl(text)) return binary(file);
  } else {
    if (looksBinary(bytes)) return binary(file);
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      const mixed = decodeLineByLine(bytes);
      text = mixed.text;
      const more = mixed.fallbackLines - 1;
      issues.push({
        file,
        line: lineNumberAt(text, mixed.firstFallbackAt),
        severity: 'warning',
        message: `not valid UTF-8: read as Latin-1 (Windows-1252)${more > 0 ? `, and ${more} more line${more === 1 ? '' : 's'} like it` : ''}`,
      });
    }
  }
  // A byte order mark is not text (the decoders drop a leading one; a file saved twice has two).
  text = text.replace(/^\uFEFF+/, '');

  const control = removeControlCharacters(text);
  if (control.removed > 0) {
    issues.push({
      file,
      line: lineNumberAt(text, control.firstAt),
      severity: 'warning',
      message: `${control.removed} control character${control.removed === 1 ? '' : 's'} removed (not text: a glitched copy or terminal escapes), the first on this line`,
    });
  }
  return { text: control.text, binary: false, issues };
}
