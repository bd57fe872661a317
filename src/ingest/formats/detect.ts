import { LISTING_FORMATS } from './index';
import type { ListingFormat } from './types';

/** Below this confidence a file is "unknown format" rather than a bad guess. */
const MIN_CONFIDENCE = 0.5;

export interface Detection {
  format?: ListingFormat;
  confidence: number;
}

/** Picks the format whose detector is most confident; ties go to the earlier-registered format. */
export function detectFormat(
  lines: readonly string[],
  formats: readonly ListingFormat[] = LISTING_FORMATS,
): Detection {
  let best: Detection = { confidence: 0 };
  for (const format of formats) {
    const confidence = format.detect(lines);
    if (confidence > best.confidence) best = { format, confidence };
  }
  return best.confidence >= MIN_CONFIDENCE ? best : { confidence: best.confidence };
}

/** The sentence an "unknown format" error ends with: what the user could have meant. */
export function knownFormatsHint(formats: readonly ListingFormat[] = LISTING_FORMATS): string {
  return `known formats: ${formats.map((f) => `${f.label} (${f.hint})`).join('; ')}`;
}
