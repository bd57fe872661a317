/**
 * Property tests of the parsing stages on random and mutated listings: they never throw,
 * and what they report points at real lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/ingest/formats/detect';
import { LISTING_FORMATS } from '../../../src/ingest/formats/index';
import { splitLines } from '../../../src/ingest/formats/lines';
import { parseByline } from '../../../src/ingest/formats/profileByline';
import { decodeText } from '../../../src/ingest/read/decode';
import { cleanText } from '../../../src/text/fold';
import {
  FUZZ_TIMEOUT,
  flippedBytes,
  mutatedSeed,
  randomByline,
  randomListing,
  runs,
} from './listingArbitraries';

const anyListing = fc.oneof(
  randomListing,
  mutatedSeed.map((m) => m.text),
);

describe('the parsers, on random and mutated listings', () => {
  it(
    'never throw, and every entry, rejection and issue is on a real line, once',
    () => {
      fc.assert(
        fc.property(anyListing, (text) => {
          const raw = splitLines(text);
          // The pipeline hands parsers cleaned lines; tests and other callers may hand raw ones.
          for (const lines of [raw.map(cleanText), raw]) {
            detectFormat(lines);
            for (const format of LISTING_FORMATS) {
              format.detect(lines);
              const listing = format.parse({ file: 'f.txt', text }, lines);
              const refs = [...listing.entries, ...listing.rejected].map((e) => e.ref.line);
              expect(new Set(refs).size).toBe(refs.length);
              for (const line of [...refs, ...listing.issues.map((i) => i.line)]) {
                expect(line).toBeGreaterThanOrEqual(1);
                expect(line).toBeLessThanOrEqual(lines.length);
              }
            }
          }
        }),
        runs(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'read bylines without throwing, and only as names',
    () => {
      fc.assert(
        fc.property(fc.oneof(randomByline, fc.string({ unit: 'grapheme' })), (line) => {
          const byline = parseByline(line);
          if (byline) for (const name of byline.names) expect(name).toBe(cleanText(name));
        }),
        runs(1000),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'decode any bytes: text without control characters, or binary with an error',
    () => {
      fc.assert(
        fc.property(fc.oneof(flippedBytes, fc.uint8Array({ maxLength: 2000 })), (bytes) => {
          const decoded = decodeText('f.txt', bytes);
          if (decoded.binary) expect(decoded.issues.map((i) => i.severity)).toEqual(['error']);
          // eslint-disable-next-line no-control-regex -- the property is about control characters
          else expect(decoded.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/);
          const lines = splitLines(decoded.text).length;
          for (const issue of decoded.issues) expect(issue.line).toBeLessThanOrEqual(lines);
        }),
        runs(500),
      );
    },
    FUZZ_TIMEOUT,
  );
});
