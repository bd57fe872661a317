/**
 * What bylines say about whether two entries are one paper.
 *
 * - Two bylines conflict when one is complete and names someone the other cannot hold: a
 *   printed name with no possible match in the complete list (a conference version A, B, C, D
 *   and its journal version A, E, C, D are two works with two bylines, not one with five
 *   authors). A cut list (`et al.`, a capped bullet list) only conflicts through the names
 *   it prints.
 * - Two entries that share no author besides the listing owners share no evidence of being
 *   one work beyond their text (the same abstract pasted under two papers on a lab site).
 */
import { canonicalName, type AliasTable } from '../people/aliases';
import { couldBeSamePerson, initialsAgree, namesCompatible } from '../people/nameRules';
import { exactKey, parseName, type ParsedName } from '../people/names';
import type { ListingEntry } from '../formats/types';

export interface Byline {
  /** Printed names (the owner appended by the parser left out). */
  printed: ParsedName[];
  /** Canonical names from the alias file, per printed name. */
  canonical: (string | undefined)[];
  complete: boolean;
  /** Printed names that are none of the listings' owners. */
  others: number[];
}

export class BylineEvidence {
  private readonly owners: ParsedName[];
  private readonly ownerKeys: string[];
  /** isOwner per parsed name: one spelling is parsed once, so this is a cache by spelling. */
  private readonly ownerOf = new Map<ParsedName, boolean>();
  private readonly bylines: Byline[];

  constructor(
    entries: readonly ListingEntry[],
    ownerSpellings: readonly string[],
    private readonly aliases?: AliasTable,
  ) {
    this.owners = [...new Set(ownerSpellings)].map(parseName);
    this.ownerKeys = this.owners.map(exactKey);
    const parsed = new Map<string, ParsedName>();
    const parse = (spelling: string): ParsedName => {
      let name = parsed.get(spelling);
      if (!name) parsed.set(spelling, (name = parseName(spelling)));
      return name;
    };
    this.bylines = entries.map((entry) => {
      const names = entry.ownerAdded ? entry.authors.slice(0, -1) : entry.authors;
      const printed = names.map(parse);
      return {
        printed,
        canonical: names.map((s) => canonicalName(aliases, s)),
        complete: !entry.authorsCut && !entry.ownerAdded,
        others: printed.flatMap((name, i) => (this.isOwner(name) ? [] : [i])),
      };
    });
  }

  // Every printed name against every owner: at field scale (a thousand listings) this was a
  // third of the build, so each parsed spelling is judged once and the owners' keys are kept.
  private isOwner(name: ParsedName): boolean {
    let known = this.ownerOf.get(name);
    if (known === undefined) {
      const key = exactKey(name);
      known = this.owners.some(
        (owner, i) =>
          this.ownerKeys[i] === key || namesCompatible(owner, name) || initialsAgree(owner, name),
      );
      this.ownerOf.set(name, known);
    }
    return known;
  }

  private mayMatch(a: Byline, i: number, b: Byline, j: number): boolean {
    const ca = a.canonical[i];
    if (ca !== undefined && ca === b.canonical[j]) return true;
    return couldBeSamePerson(a.printed[i]!, b.printed[j]!);
  }

  /** Every printed name of `part` may be someone in the complete list `whole`. */
  private holds(whole: Byline, part: Byline): boolean {
    const sameSurname = surnameIndex(whole);
    return part.printed.every(
      (name, i) =>
        // The same surname settles most names at once; only the rest need the loose scan.
        (sameSurname.get(name.surname.key) ?? []).some((j) => this.mayMatch(part, i, whole, j)) ||
        whole.printed.some((_, j) => this.mayMatch(part, i, whole, j)),
    );
  }

  /** The two entries name people that one byline cannot hold. */
  conflict(a: number, b: number): boolean {
    const x = this.bylines[a]!;
    const y = this.bylines[b]!;
    if (x.printed.length === 0 || y.printed.length === 0) return false;
    return (x.complete && !this.holds(x, y)) || (y.complete && !this.holds(y, x));
  }

  /**
   * Whether the entries share an author besides the owners; `undefined` when one of them
   * prints nobody else, so the bylines say nothing.
   */
  shareAuthor(a: number, b: number): boolean | undefined {
    const x = this.bylines[a]!;
    const y = this.bylines[b]!;
    if (x.others.length === 0 || y.others.length === 0) return undefined;
    return x.others.some((i) => y.others.some((j) => this.mayMatch(x, i, y, j)));
  }
}

const surnameIndexes = new WeakMap<Byline, Map<string, number[]>>();

function surnameIndex(byline: Byline): Map<string, number[]> {
  let index = surnameIndexes.get(byline);
  if (!index) {
    index = new Map();
    byline.printed.forEach((name, j) => {
      const list = index!.get(name.surname.key);
      if (list) list.push(j);
      else index!.set(name.surname.key, [j]);
    });
    surnameIndexes.set(byline, index);
  }
  return index;
}
