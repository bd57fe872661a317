/**
 * Profile listing: a researcher's publication page.
 *
 *   Martin Jaggi                      <- owner
 *   h-index45 / 140papers / ...       <- stats
 *   26.6CLNov 27, 2023Code            <- entry header: score? category date Code?
 *   MEDITRON-70B: Scaling ...         <- title
 *   Zeming Chen, ... et al. · allen-ai <- byline (at most three names), affiliation
 *   Large language models ...         <- abstract
 */
import { cleanText } from '../../text/fold';
import { mayCleanEndWith } from './cleanEdges';
import { excerpt, nextNonBlank, LISTING_TEXT_EXTENSIONS } from './lines';
import { bylineInPlaceOfTitle, parseByline } from './profileByline';
import { ownerFiller } from './owner';
import { lineCleaner } from './settledLines';
import type {
  ListingDate,
  ListingEntry,
  ListingFormat,
  ParseIssue,
  ParsedListing,
  RejectedEntry,
} from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADER_RE = new RegExp(
  `^(?<score>\\d+(?:\\.\\d+)?)?(?<category>[A-Z]{2})(?<month>${MONTHS.join('|')}) (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?(?<code>Code)?$`,
);
const STATS_RE =
  /^(?:[A-Z]{2}|h-index\s*\d+|[\d,]+\s*papers|[\d,]+\s*citations|Novelty\s*\d+%|AI Score\s*\d+|[\d,]+ Papers)$/i;
const CLAIMED_RE = /^([\d,]+) Papers$/;
/** An entry header ends with its day, its year or `Code`. */
const HEADER_ENDINGS = '0123456789e';

/** `HEADER_RE.test(clean(line))`, with most lines turned down before they are cleaned. */
function isHeaderLine(line: string, clean: (line: string) => string): boolean {
  return mayCleanEndWith(line, HEADER_ENDINGS) && HEADER_RE.test(clean(line));
}
interface Header {
  date: Omit<ListingDate, 'year' | 'yearInferred'> & { year: number | null };
  category: string;
  hasCode: boolean;
}

function parseHeader(line: string): Header | undefined {
  const groups = HEADER_RE.exec(cleanText(line))?.groups;
  if (!groups) return undefined;
  return {
    date: {
      year: groups['year'] ? Number(groups['year']) : null,
      month: MONTHS.indexOf(groups['month'] ?? '') + 1,
      day: Number(groups['day']),
    },
    category: groups['category'] ?? '',
    hasCode: groups['code'] === 'Code',
  };
}

function detect(lines: readonly string[]): number {
  let headers = 0;
  let stats = 0;
  const clean = lineCleaner(lines);
  const sample = Math.min(lines.length, 400);
  for (let i = 0; i < sample; i++) {
    const line = clean(lines[i] ?? '');
    if (mayCleanEndWith(line, HEADER_ENDINGS) && HEADER_RE.test(line)) headers++;
    else if (/^(h-index\s*\d+|[\d,]+\s*citations)$/i.test(line)) stats++;
  }
  // Stats lines without a single entry header: a profile copied only down to its header,
  // recognised so the message can say so instead of "unknown format".
  if (headers === 0) return stats > 0 ? 0.55 : 0;
  return stats > 0 ? 0.95 : 0.7;
}

function parse(source: { file: string }, lines: readonly string[]): ParsedListing {
  const { file } = source;
  const issues: ParseIssue[] = [];
  const rejected: RejectedEntry[] = [];
  const headerAt: number[] = [];
  const clean = lineCleaner(lines);
  lines.forEach((line, i) => {
    if (isHeaderLine(line, clean)) headerAt.push(i);
  });

  const ownerIndex = nextNonBlank(lines, 0);
  const ownerLine = ownerIndex >= 0 ? clean(lines[ownerIndex] ?? '') : '';
  const owner =
    ownerIndex >= 0 &&
    ownerIndex < (headerAt[0] ?? Infinity) &&
    parseByline(ownerLine)?.names.length === 1
      ? ownerLine
      : undefined;
  if (!owner) {
    issues.push({
      file,
      line: Math.max(1, ownerIndex + 1),
      severity: 'warning',
      message: 'no owner name on the first line: bylines cut with "et al." may miss the owner',
    });
  }

  let claimedCount: number | undefined;
  for (let i = ownerIndex + 1; i < (headerAt[0] ?? lines.length); i++) {
    const line = clean(lines[i] ?? '');
    if (line === '') continue;
    const claimed = CLAIMED_RE.exec(line);
    if (claimed?.[1]) claimedCount = Number(claimed[1].replace(/,/g, ''));
    if (!STATS_RE.test(line)) {
      issues.push({
        file,
        line: i + 1,
        severity: 'warning',
        message: `not part of any entry, ignored: "${excerpt(line)}"`,
      });
    }
  }

  const fillOwner = ownerFiller(owner);
  const drafts: { entry: ListingEntry; header: Header }[] = [];
  headerAt.forEach((start, k) => {
    const end = headerAt[k + 1] ?? lines.length;
    const header = parseHeader(lines[start] ?? '');
    if (!header) return;
    const body: { text: string; line: number }[] = [];
    for (let i = start + 1; i < end; i++) {
      const text = clean(lines[i] ?? '');
      if (text !== '') body.push({ text, line: i + 1 });
    }
    const ref = { file, line: start + 1 };
    const [titleLine, bylineLine, ...abstractLines] = body;
    if (!titleLine) {
      rejected.push({
        ref,
        text: clean(lines[start] ?? ''),
        reason: 'entry header without a title',
      });
      return;
    }
    const isOwnerAmong = (names: readonly string[]): boolean =>
      owner !== undefined && !fillOwner(names).ownerAdded;
    const orphanByline = bylineInPlaceOfTitle(titleLine.text, bylineLine?.text, isOwnerAmong);
    if (orphanByline) {
      const abstract = [bylineLine, ...abstractLines].flatMap((l) => (l ? [l.text] : []));
      if (abstract.length === 0) {
        rejected.push({ ref, text: titleLine.text, reason: 'author line without a title' });
        return;
      }
      issues.push({
        file,
        line: titleLine.line,
        severity: 'warning',
        message: `author line without a title: entry kept without a title, to be matched to a paper by its abstract`,
      });
      const { authors, ownerAdded } = fillOwner(orphanByline.names);
      drafts.push({
        header,
        entry: {
          ref,
          authors,
          authorsCut: orphanByline.cut,
          ownerAdded,
          abstract: abstract.join(' '),
          category: header.category,
          hasCode: header.hasCode,
          ...(orphanByline.affiliation ? { affiliation: orphanByline.affiliation } : {}),
        },
      });
      return;
    }
    let byline = bylineLine ? parseByline(bylineLine.text) : undefined;
    const abstractParts = abstractLines.map((l) => l.text);
    if (!byline) {
      issues.push({
        file,
        line: (bylineLine ?? titleLine).line,
        severity: 'warning',
        message: `no author line after the title "${excerpt(titleLine.text, 60)}": authors unknown`,
      });
      if (bylineLine) abstractParts.unshift(bylineLine.text);
      byline = { names: [], cut: true };
    }
    const { authors, ownerAdded } = fillOwner(byline.names);
    drafts.push({
      header,
      entry: {
        ref,
        title: titleLine.text,
        authors,
        authorsCut: byline.cut,
        ownerAdded,
        ...(abstractParts.length > 0 ? { abstract: abstractParts.join(' ') } : {}),
        category: header.category,
        hasCode: header.hasCode,
        ...(byline.affiliation ? { affiliation: byline.affiliation } : {}),
      },
    });
  });

  // A date printed without a year is from the page's own year, which is later than
  // every year the page prints in full (those are the older entries).
  // A loop, not Math.max(...years): a spread of 200,000 entries overflows the call stack.
  let latestYear: number | null = null;
  for (const { header } of drafts)
    if (header.date.year !== null && (latestYear === null || header.date.year > latestYear))
      latestYear = header.date.year;
  const pageYear = latestYear === null ? null : latestYear + 1;
  const entries = drafts.map(({ entry, header }) => {
    const explicit = header.date.year;
    if (explicit === null && pageYear === null) {
      issues.push({
        file,
        line: entry.ref.line,
        severity: 'warning',
        message: 'date without a year and no dated entry to infer it from',
      });
    }
    const date: ListingDate = {
      ...header.date,
      year: explicit ?? pageYear,
      yearInferred: explicit === null && pageYear !== null,
    };
    return { ...entry, date };
  });

  return {
    file,
    format: 'profile-listing',
    ...(owner ? { owner } : {}),
    ...(claimedCount !== undefined ? { claimedCount } : {}),
    entries,
    rejected,
    issues,
  };
}

export const profileListing: ListingFormat = {
  id: 'profile-listing',
  label: 'profile listing',
  extensions: LISTING_TEXT_EXTENSIONS,
  hint: 'owner name, stats lines, then entries headed like "26.6CLNov 27, 2023Code"',
  detect,
  parse,
};
