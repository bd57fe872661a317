import { fold } from '../../text/fold';
import { exactKey, parseName } from '../people/names';
import { namesCompatible } from '../people/nameRules';

export type OwnerFiller = (authors: readonly string[]) => {
  authors: string[];
  ownerAdded: boolean;
};

/**
 * The listing's owner wrote every paper on their own page. When the byline was cut
 * (`et al.`, a capped list) the owner may be hidden: put them back at the end, where
 * their true position is unknown. Built once per listing: the owner's name is parsed once.
 */
export function ownerFiller(owner: string | undefined): OwnerFiller {
  if (!owner) return (authors) => ({ authors: [...authors], ownerAdded: false });
  const ownerName = parseName(owner);
  const ownerKey = exactKey(ownerName);
  const ownerFolded = fold(owner);
  const isOwner = (spelling: string): boolean => {
    if (spelling === owner || fold(spelling) === ownerFolded) return true;
    const name = parseName(spelling);
    // Cheap reject first: a different surname is never the owner.
    if (name.surname.key !== ownerName.surname.key) return false;
    return exactKey(name) === ownerKey || namesCompatible(name, ownerName);
  };
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
