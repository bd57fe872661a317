/**
 * The clean-entry stage, right after parsing and before any matching: every text field of
 * every entry is repaired (mojibake), freed of HTML (plain text or KaTeX scripts) and cleaned
 * (NFC, spaces); author names also lose contribution marks and footnote numbers. Formats stay
 * simple (they print what they read), and every format gets the same clean text.
 *
 * Accounting: a byline shrinks only by names that were nothing but marks, and each one left
 * out is a warning at the entry's line.
 */
import { cleanText } from '../../text/fold';
import { repairMojibake } from '../../text/mojibake';
import { ownCopy } from '../../util/ownCopy';
import { remembering } from '../../util/remembering';
import { ownerFiller } from '../formats/owner';
import type { ListingEntry, ParsedListing, ParseIssue } from '../formats/types';
import { cleanPersonName } from '../people/cleanName';
import { decodeEntities } from './entities';
import { htmlToText } from './htmlText';

/** Any text field: mojibake repaired, HTML turned into text, clean spaces. */
export function cleanField(text: string): string {
  return cleanText(htmlToText(repairMojibake(text)));
}

/**
 * A name: its markup goes with the marks (`Stich<sup>1,2</sup>` is no formula), then entities
 * are decoded and marks written as entities (`&dagger;`) go too.
 */
export function cleanName(name: string): string {
  const unmarked = cleanPersonName(repairMojibake(name));
  const decoded = decodeEntities(unmarked);
  return cleanText(decoded === unmarked ? unmarked : cleanPersonName(decoded));
}

/**
 * A cleaned optional field; a field that cleans to nothing keeps what it had, it is not lost.
 * A copy of its own: a clean field is the parser's slice of the whole file (`ownCopy.ts`).
 */
function field(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return ownCopy(cleanField(text) || text);
}

/**
 * `cleanName` remembering its answers: a listing prints the same coauthors' names on entry
 * after entry, and the name is a pure function of the spelling.
 */
export function rememberingCleanName(): (printed: string) => string {
  return remembering(cleanName, Number.POSITIVE_INFINITY);
}

export function cleanEntry(
  entry: ListingEntry,
  issues: ParseIssue[],
  cleanAuthor: (printed: string) => string = cleanName,
): ListingEntry {
  const authors: string[] = [];
  // Ids stay in their name's place: a name left out takes its ids with it.
  const authorIds: NonNullable<ListingEntry['authorIds']> = [];
  for (let place = 0; place < entry.authors.length; place++) {
    const printed = entry.authors[place]!;
    const name = cleanAuthor(printed);
    if (name) {
      authors.push(name);
      authorIds.push(entry.authorIds?.[place]);
    } else
      issues.push({
        ...entry.ref,
        severity: 'warning',
        message: `author "${printed}" is only marks or markup: left out`,
      });
  }
  const title = field(entry.title);
  const abstract = field(entry.abstract);
  const category = field(entry.category);
  const affiliation = field(entry.affiliation);
  return {
    ...entry,
    authors,
    ...(entry.authorIds ? { authorIds } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(abstract !== undefined ? { abstract } : {}),
    ...(category !== undefined ? { category } : {}),
    ...(affiliation !== undefined ? { affiliation } : {}),
    ...(entry.venue
      ? {
          venue: {
            ...entry.venue,
            name: field(entry.venue.name)!,
            label: field(entry.venue.label)!,
          },
        }
      : {}),
  };
}

/**
 * The listing with every entry (and its owner's name) cleaned, and what was left out said.
 * The parser appended the owner where it did not recognise them among the printed names;
 * `Martin Jaggi*` is them once cleaned, so that is decided again on the clean names (else one
 * byline would name them twice, which reads as two people).
 */
export function cleanListing(listing: ParsedListing): ParsedListing {
  // Every text kept past this stage is a copy of its own, so the file's text can be freed.
  const issues: ParseIssue[] = listing.issues.map((i) => ({ ...i, message: ownCopy(i.message) }));
  const owner =
    listing.owner === undefined ? undefined : ownCopy(cleanName(listing.owner) || listing.owner);
  const fillOwner = ownerFiller(owner);
  const cleanAuthor = rememberingCleanName();
  const entries = listing.entries.map((entry) => {
    const cleaned = cleanEntry(entry, issues, cleanAuthor);
    if (!entry.ownerAdded) return cleaned;
    const filled = { ...cleaned, ...fillOwner(cleaned.authors.slice(0, -1)) };
    // The owner, appended or not, has no ids of this source in that place.
    if (cleaned.authorIds) filled.authorIds = cleaned.authorIds.slice(0, filled.authors.length);
    return filled;
  });
  const rejected = listing.rejected.map((r) => ({ ...r, text: ownCopy(r.text) }));
  return { ...listing, entries, rejected, issues, ...(owner !== undefined ? { owner } : {}) };
}
