import { exactKey, namesCompatible, parseName } from '../people/names';

/**
 * The listing's owner wrote every paper on their own page. When the byline was cut
 * (`et al.`, a capped list) the owner may be hidden: put them back at the end, where
 * their true position is unknown.
 */
export function withOwner(
  authors: readonly string[],
  owner: string | undefined,
): { authors: string[]; ownerAdded: boolean } {
  if (!owner) return { authors: [...authors], ownerAdded: false };
  const ownerName = parseName(owner);
  const ownerKey = exactKey(ownerName);
  const present = authors.some((spelling) => {
    const name = parseName(spelling);
    return exactKey(name) === ownerKey || namesCompatible(name, ownerName);
  });
  return present
    ? { authors: [...authors], ownerAdded: false }
    : { authors: [...authors, owner], ownerAdded: true };
}
