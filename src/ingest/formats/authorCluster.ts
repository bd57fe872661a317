/**
 * Author cluster: a search engine's "papers by this exact name" page.
 *
 *   Arrow Research search / Author name cluster / Martin Jaggi / 82 papers ...  <- header
 *   ICML Conference 2024 Conference Paper   <- venue line
 *   Title
 *     • Name                                <- at most eight bullets
 *   Abstract
 */
import type { VenueType } from '../../model/types';
import { cleanText, foldEquals } from '../../text/fold';
import { mayCleanEndWith } from './cleanEdges';
import { excerpt, nextNonBlank, LISTING_TEXT_EXTENSIONS } from './lines';
import { ownerFiller } from './owner';
import { lineCleaner } from './settledLines';
import type {
  ListingEntry,
  ListingFormat,
  ListingVenue,
  ParseIssue,
  ParsedListing,
  RejectedEntry,
} from './types';

/** The page never shows more than eight names: a list that long may have been cut. */
export const BULLET_CAP = 8;

const PUBLICATION_TYPES: Record<string, VenueType> = {
  'conference paper': 'conference',
  'journal article': 'journal',
  'workshop paper': 'workshop',
  preprint: 'preprint',
};
const VENUE_RE =
  /^(?<venue>\S.*?) (?<year>(?:19|20)\d{2}) (?<type>Conference Paper|Journal Article|Workshop Paper|Preprint|Book Chapter|Thesis|Other)$/;
const BULLET_RE = /^\s*[•·*-]\s+(?<name>\S.*)$/u;
const CLAIMED_RE = /^([\d,]+) papers$/i;
const CLUSTER_MARKER = 'author name cluster';
/** Last letters of the publication types a venue line ends with. */
const VENUE_ENDINGS = 'rets';

/** `VENUE_RE.test(clean(line))`, with most lines turned down before they are cleaned. */
function isVenueLine(line: string, clean: (line: string) => string): boolean {
  return mayCleanEndWith(line, VENUE_ENDINGS) && VENUE_RE.test(clean(line));
}

export function parseVenueLine(line: string): ListingVenue | undefined {
  const label = cleanText(line);
  const groups = VENUE_RE.exec(label)?.groups;
  if (!groups) return undefined;
  const typeLabel = (groups['type'] ?? '').toLowerCase();
  // `ICML Conference` / `TMLR Journal`: the second word repeats the type.
  const name = (groups['venue'] ?? '').replace(/ (Conference|Journal|Workshop)$/, '');
  return {
    name,
    year: Number(groups['year']),
    type: PUBLICATION_TYPES[typeLabel] ?? 'other',
    label,
  };
}

/** Longer than any person's name: a bullet this long is pasted text, not an author. */
export const MAX_NAME_LENGTH = 200;

interface Block {
  title?: { text: string; line: number };
  names: string[];
  /** Line of the first bullet (where a missing title shows). */
  bulletLine: number;
  abstractParts: string[];
  /** Lines of bullets too long to be names, left out. */
  strayBullets: number[];
}

/**
 * One entry's lines after its venue line: title, bullets, abstract, in that order. Bullets
 * before any title are the byline of an entry whose title was lost in the copy; they are
 * never the title.
 */
function readBlock(lines: readonly string[], from: number, end: number): Block {
  const block: Block = { names: [], bulletLine: 0, abstractParts: [], strayBullets: [] };
  const clean = lineCleaner(lines);
  for (let i = from; i < end; i++) {
    const text = clean(lines[i] ?? '');
    if (text === '') continue;
    const bullet =
      block.abstractParts.length === 0 ? BULLET_RE.exec(text)?.groups?.['name'] : undefined;
    if (bullet !== undefined) {
      if (block.bulletLine === 0) block.bulletLine = i + 1;
      if (bullet.length > MAX_NAME_LENGTH) block.strayBullets.push(i + 1);
      else block.names.push(bullet);
    } else if (!block.title && block.names.length === 0) block.title = { text, line: i + 1 };
    else block.abstractParts.push(text);
  }
  return block;
}

function strayBulletIssue(file: string, line: number, lines: readonly string[]): ParseIssue {
  return {
    file,
    line,
    severity: 'warning',
    message: `bullet too long to be a name (over ${MAX_NAME_LENGTH} characters), left out: "${excerpt(lines[line - 1] ?? '', 60)}"`,
  };
}

function detect(lines: readonly string[]): number {
  let venues = 0;
  let bullets = 0;
  let marker = false;
  const clean = lineCleaner(lines);
  const sample = Math.min(lines.length, 400);
  for (let i = 0; i < sample; i++) {
    const line = clean(lines[i] ?? '');
    if (foldEquals(line, CLUSTER_MARKER)) marker = true;
    else if (mayCleanEndWith(line, VENUE_ENDINGS) && VENUE_RE.test(line)) venues++;
    else if (BULLET_RE.test(line)) bullets++;
  }
  if (venues === 0) return marker ? 0.5 : 0;
  return marker || bullets > 0 ? 0.95 : 0.6;
}

function parse(source: { file: string }, lines: readonly string[]): ParsedListing {
  const { file } = source;
  const issues: ParseIssue[] = [];
  const rejected: RejectedEntry[] = [];
  const venueAt: number[] = [];
  const clean = lineCleaner(lines);
  lines.forEach((line, i) => {
    if (isVenueLine(line, clean)) venueAt.push(i);
  });
  const headerEnd = venueAt[0] ?? lines.length;

  let owner: string | undefined;
  let claimedCount: number | undefined;
  let claimedLine = 1;
  for (let i = 0; i < headerEnd; i++) {
    const line = clean(lines[i] ?? '');
    if (foldEquals(line, CLUSTER_MARKER)) {
      const next = nextNonBlank(lines, i + 1);
      if (next >= 0 && next < headerEnd) owner = clean(lines[next] ?? '');
    }
    const claimed = CLAIMED_RE.exec(line);
    if (claimed?.[1] && claimedCount === undefined) {
      claimedCount = Number(claimed[1].replace(/,/g, ''));
      claimedLine = i + 1;
    }
  }
  if (!owner) {
    issues.push({
      file,
      line: 1,
      severity: 'warning',
      message: `no "Author name cluster" header naming the owner`,
    });
  }

  const fillOwner = ownerFiller(owner);
  const entries: ListingEntry[] = [];
  venueAt.forEach((start, k) => {
    const end = venueAt[k + 1] ?? lines.length;
    const venue = parseVenueLine(lines[start] ?? '');
    if (!venue) return;
    const ref = { file, line: start + 1 };
    const block = readBlock(lines, start + 1, end);
    issues.push(...block.strayBullets.map((line) => strayBulletIssue(file, line, lines)));
    const { title, names, bulletLine } = block;
    const abstract = block.abstractParts.join(' ');
    if (!title) {
      if (names.length === 0) {
        rejected.push({ ref, text: venue.label, reason: 'venue line without a title' });
        return;
      }
      if (abstract === '') {
        rejected.push({ ref, text: venue.label, reason: 'author bullets without a title' });
        return;
      }
      issues.push({
        file,
        line: bulletLine,
        severity: 'warning',
        message: `author bullets without a title: entry kept without a title, to be matched to a paper by its abstract`,
      });
    } else if (names.length === 0) {
      issues.push({
        file,
        line: title.line,
        severity: 'warning',
        message: `no author bullets after the title "${excerpt(title.text, 60)}": authors unknown`,
      });
    }
    const { authors, ownerAdded } = fillOwner(names);
    entries.push({
      ref,
      ...(title ? { title: title.text } : {}),
      authors,
      authorsCut: names.length === 0 || names.length >= BULLET_CAP,
      ownerAdded,
      ...(abstract !== '' ? { abstract } : {}),
      venue,
    });
  });

  if (claimedCount !== undefined && claimedCount !== entries.length + rejected.length) {
    issues.push({
      file,
      line: claimedLine,
      severity: 'warning',
      message: `header claims ${claimedCount} papers but ${entries.length + rejected.length} entries are present`,
    });
  }

  return {
    file,
    format: 'author-cluster',
    ...(owner ? { owner } : {}),
    ...(claimedCount !== undefined ? { claimedCount } : {}),
    entries,
    rejected,
    issues,
  };
}

export const authorCluster: ListingFormat = {
  id: 'author-cluster',
  label: 'author cluster',
  extensions: LISTING_TEXT_EXTENSIONS,
  hint: '"Author name cluster" header, then entries headed like "ICML Conference 2024 Conference Paper" with "  • Name" bullets',
  detect,
  parse,
};
