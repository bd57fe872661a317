/**
 * Mojibake repair: UTF-8 text that was decoded as Windows-1252 or Latin-1 somewhere upstream
 * (`JosÃ© GarcÃ­a`, `â€“`, `â€™`), as scraped pages and old exports carry it. A listing that is
 * itself valid UTF-8 passes the read stage untouched, so this is the only place it can be seen.
 *
 * Conservative: only a run shaped like a UTF-8 byte sequence (a lead character then its
 * continuation characters) is touched; it is turned back into its cp1252/Latin-1 bytes and
 * decoded as UTF-8 strictly, and kept only when that is valid. A two-byte run (`Ã©`) gives
 * Latin, Greek or Cyrillic letters; a three- or four-byte run is taken when it starts with `â`
 * (the punctuation block: dashes, quotes, ellipsis) or when the whole text is two such runs or more, so a
 * real `Ã`, `Â` or `è«` in otherwise clean text is never rewritten.
 */
import { HIGH_CONTROL_RANGE } from './windows1252';

/** Character → the cp1252 (or Latin-1) byte it was decoded from. */
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);
HIGH_CONTROL_RANGE.forEach((code, i) => BYTE_OF.set(String.fromCharCode(code), 0x80 + i));

const CONTINUATION = `[\\u0080-\\u00BF${HIGH_CONTROL_RANGE.filter((c) => c > 0xff)
  .map((c) => `\\u${c.toString(16).padStart(4, '0')}`)
  .join('')}]`;
/** A lead character (bytes C2-F4) and as many continuation characters as its byte asks for. */
const SEQUENCE_RE = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`,
  'g',
);
/** Cheap test before any work: a lead character directly followed by a continuation one. */
const SUSPECT_RE = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}`);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeSequence(sequence: string): string | undefined {
  const bytes = Uint8Array.from([...sequence].map((ch) => BYTE_OF.get(ch) ?? 0));
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function repairOnce(text: string): string {
  // Whether the whole text is runs is asked only of a long run not starting with `â`, and
  // answered once: on a whole file that question is a scan of it, mostly never needed.
  let whole: boolean | undefined;
  return text.replace(SEQUENCE_RE, (sequence) => {
    if (sequence.length > 2 && sequence[0] !== 'â' && !(whole ??= onlyRunsAndAscii(text)))
      return sequence;
    return decodeSequence(sequence) ?? sequence;
  });
}

/** Its own instance: `repairOnce` asks while its `replace` holds `SEQUENCE_RE`. */
const RUN_RE = new RegExp(SEQUENCE_RE.source, 'g');

function hasNonAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

/**
 * True when `text` holds two runs or more and every non-ASCII character belongs to one: a
 * whole name or title gone wrong (`æ\u009D\u008Eå\u009B\u009B`, 李四), not one odd `è«»`.
 * Reads between the runs in place, and stops at the first non-ASCII character outside one.
 */
export function onlyRunsAndAscii(text: string): boolean {
  let runs = 0;
  let after = 0;
  RUN_RE.lastIndex = 0;
  for (let run = RUN_RE.exec(text); run; run = RUN_RE.exec(text)) {
    if (hasNonAscii(text, after, run.index)) return false;
    runs++;
    after = run.index + run[0].length;
  }
  return runs >= 2 && !hasNonAscii(text, after, text.length);
}

/** The text with its mojibake decoded (twice over for text encoded twice); clean text as is. */
export function repairMojibake(text: string): string {
  if (!SUSPECT_RE.test(text)) return text;
  const once = repairOnce(text);
  return SUSPECT_RE.test(once) ? repairOnce(once) : once;
}
