/**
 * Abstract list: an institution's export with abstracts only.
 *
 *   EPFL                     <- institution
 *   Abstract:Despite the ... <- one entry per line, no title, no authors
 */
import { excerpt, LISTING_TEXT_EXTENSIONS } from './lines';
import { lineCleaner } from './settledLines';
import type {
  ListingEntry,
  ListingFormat,
  ParseIssue,
  ParsedListing,
  RejectedEntry,
} from './types';

const ABSTRACT_RE = /^Abstract:\s*/i;

function detect(lines: readonly string[]): number {
  let abstracts = 0;
  let other = 0;
  const clean = lineCleaner(lines);
  const sample = Math.min(lines.length, 400);
  for (let i = 0; i < sample; i++) {
    const line = clean(lines[i] ?? '');
    if (line === '') continue;
    if (ABSTRACT_RE.test(line)) abstracts++;
    else other++;
  }
  if (abstracts === 0) return 0;
  // The institution line is the one expected non-abstract line.
  return abstracts / (abstracts + Math.max(0, other - 1)) >= 0.5 ? 0.9 : 0.3;
}

function parse(source: { file: string }, lines: readonly string[]): ParsedListing {
  const { file } = source;
  const issues: ParseIssue[] = [];
  const rejected: RejectedEntry[] = [];
  const entries: ListingEntry[] = [];
  let institution: string | undefined;
  let current: { entry: ListingEntry; parts: string[] } | undefined;
  const clean = lineCleaner(lines);
  const flush = (): void => {
    if (!current) return;
    const text = current.parts.join(' ').trim();
    if (text === '') {
      rejected.push({ ref: current.entry.ref, text: 'Abstract:', reason: 'empty abstract' });
    } else {
      entries.push({ ...current.entry, abstract: text });
    }
    current = undefined;
  };

  lines.forEach((raw, i) => {
    const line = clean(raw);
    if (line === '') return;
    if (ABSTRACT_RE.test(line)) {
      flush();
      current = {
        entry: { ref: { file, line: i + 1 }, authors: [], authorsCut: true, ownerAdded: false },
        parts: [line.replace(ABSTRACT_RE, '')],
      };
    } else if (current) {
      // A wrapped abstract continues on the next line.
      current.parts.push(line);
    } else if (institution === undefined) {
      institution = line;
    } else {
      issues.push({
        file,
        line: i + 1,
        severity: 'warning',
        message: `not an "Abstract:" line, ignored: "${excerpt(line)}"`,
      });
    }
  });
  flush();

  return {
    file,
    format: 'abstract-list',
    entries: institution ? entries.map((e) => ({ ...e, affiliation: institution })) : entries,
    rejected,
    issues,
  };
}

export const abstractList: ListingFormat = {
  id: 'abstract-list',
  label: 'abstract list',
  extensions: LISTING_TEXT_EXTENSIONS,
  hint: 'an institution line, then lines starting with "Abstract:"',
  detect,
  parse,
};
