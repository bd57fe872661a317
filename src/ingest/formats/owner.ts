import { fold } from '../../text/fold';
import { exactKey, parseName } from '../people/names';
import { namesCompatible } from '../people/nameRules';
import { remembering } from '../../util/remembering';

export type OwnerFiller = (authors: readonly string[]) => {
  authors: string[];
  ownerAdded: boolean;
};

/**
 * Coauthors' names recur across a person's listings and across people's, so each spelling is
 * folded once a build, not once per byline it is on (`parseName` remembers its own answers).
 */
const foldedSpelling = remembering(fold, 200_000);

/**
 * The listing's owner wrote every paper on their own page. When the byline was cut
 * (`et al.`, a capped list) the owner may be hidden: put them back at the end, where
 * their true position is unknown. Built once per listing: the owner's name is parsed once,
 * and each distinct spelling is judged once (a listing prints its coauthors' names over and
 * over; folding and parsing every occurrence was most of the parse stage's time).
 */
export function ownerFiller(owner: string | undefined): OwnerFiller {
  if (!owner) return (authors) => ({ authors: [...authors], ownerAdded: false });
  const ownerName = parseName(owner);
  const ownerKey = exactKey(ownerName);
  const ownerFolded = fold(owner);
  const judge = (spelling: string): boolean => {
    if (spelling === owner) return true;
    if (foldedSpelling(spelling) === ownerFolded) return true;
    const name = parseName(spelling);
    // Cheap reject first: a different surname is never the owner.
    if (name.surname.key !== ownerName.surname.key) return false;
    return exactKey(name) === ownerKey || namesCompatible(name, ownerName);
  };
  // The judgement is a pure function of the spelling, so remembering it changes nothing.
  const isOwner = remembering(judge, Number.POSITIVE_INFINITY);
  return (authors) =>
    authors.some(isOwner)
      ? { authors: [...authors], ownerAdded: false }
      : { authors: [...authors, owner], ownerAdded: true };
}

/** One-off form of `ownerFiller`. */
export function withOwner(
  authors: readonly string[],
  owner: string | undefined,
): { authors: string[]; ownerAdded: boolean } {
  return ownerFiller(owner)(authors);
}
