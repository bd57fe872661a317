/**
 * Two listings of one paper print one byline: lining them up says who is who
 * (`Doe, Jane and Roe, Richard` / `Doe, J. and Roe, R.`). A name is paired with the name in the
 * same place when they agree (initials for names, one typo or a short form allowed: `Matthew` /
 * `Mathew`, `Ben` / `Benjamin`; a
 * surname typo only when the given names are the same), otherwise with the only agreeing
 * name elsewhere in the other byline (bylines reordered or cut). Each name pairs at most once.
 */
import { initialsAgree, oneEditApart } from './nameRules';
import { exactKey, type ParsedName } from './names';

function agree(a: ParsedName, b: ParsedName, samePlace: boolean): boolean {
  if (exactKey(a) === exactKey(b)) return true;
  if (initialsAgree(a, b, { samePlace })) return true;
  if (!samePlace) return false;
  // A surname typo in the same place with the very same given names (`Jaggi` / `Jagi`).
  const given = (n: ParsedName): string => n.given.map((t) => t.key).join(' ');
  return (
    given(a) !== '' &&
    given(a) === given(b) &&
    Math.min(a.surname.key.length, b.surname.key.length) >= 5 &&
    oneEditApart(a.surname.key, b.surname.key)
  );
}

/** Pairs `[i, j]`: name `i` of `a` and name `j` of `b` are the same person. */
export function alignBylines(
  a: readonly ParsedName[],
  b: readonly ParsedName[],
): [number, number][] {
  const pairs: [number, number][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pair = (i: number, j: number): void => {
    pairs.push([i, j]);
    usedA.add(i);
    usedB.add(j);
  };
  // 1. Same place.
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (agree(a[i]!, b[i]!, true)) pair(i, i);
  // 2. The only agreeing name elsewhere, either way round, so neither side is a guess. Away
  // from the same place, names agree only with the same surname: look within surname buckets.
  const bucketsOf = (names: readonly ParsedName[], used: Set<number>): Map<string, number[]> => {
    const buckets = new Map<string, number[]>();
    names.forEach((name, k) => {
      if (used.has(k)) return;
      const list = buckets.get(name.surname.key);
      if (list) list.push(k);
      else buckets.set(name.surname.key, [k]);
    });
    return buckets;
  };
  const restA = bucketsOf(a, usedA);
  const restB = bucketsOf(b, usedB);
  for (const [surname, fromA] of restA) {
    const fromB = restB.get(surname) ?? [];
    for (const i of fromA) {
      const found = fromB.filter((j) => !usedB.has(j) && agree(a[i]!, b[j]!, false));
      if (found.length !== 1) continue;
      const j = found[0]!;
      const back = fromA.filter((k) => !usedA.has(k) && agree(a[k]!, b[j]!, false));
      if (back.length === 1) pair(i, j);
    }
  }
  return pairs.sort((p, q) => p[0] - q[0]);
}
