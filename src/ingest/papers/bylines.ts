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
import { remembering } from '../../util/remembering';

export interface Byline {
  /** Printed names (the owner appended by the parser left out). */
  printed: ParsedName[];
  /** Canonical names from the alias file, per printed name. */
  canonical: (string | undefined)[];
  complete: boolean;
  /** Printed names that are none of the listings' owners. */
  others: number[];
}

/** What one printed spelling says, worked out once however many bylines print it. */
interface Spelling {
  name: ParsedName;
  canonical: string | undefined;
  isOwner: boolean;
}

export class BylineEvidence {
  private readonly ownerKeys: Set<string>;
  /** Owners by surname key: a name can only be compatible with an owner of its surname. */
  private readonly ownersBySurname = new Map<string, ParsedName[]>();
  /** Built when a pair first asks: most entries are never in a text match. */
  private readonly bylines: (Byline | undefined)[];

  constructor(
    private readonly entries: readonly ListingEntry[],
    ownerSpellings: readonly string[],
    private readonly aliases?: AliasTable,
  ) {
    const owners = [...new Set(ownerSpellings)].map(parseName);
    this.ownerKeys = new Set(owners.map(exactKey));
    for (const owner of owners) {
      const list = this.ownersBySurname.get(owner.surname.key);
      if (list) list.push(owner);
      else this.ownersBySurname.set(owner.surname.key, [owner]);
    }
    this.bylines = new Array<Byline | undefined>(entries.length);
  }

  private byline(entry: number): Byline {
    let byline = this.bylines[entry];
    if (!byline) {
      const e = this.entries[entry]!;
      const names = e.ownerAdded ? e.authors.slice(0, -1) : e.authors;
      const spellings = names.map((s) => this.spelling(s));
      byline = {
        printed: spellings.map((s) => s.name),
        canonical: spellings.map((s) => s.canonical),
        complete: !e.authorsCut && !e.ownerAdded,
        others: spellings.flatMap((s, i) => (s.isOwner ? [] : [i])),
      };
      this.bylines[entry] = byline;
    }
    return byline;
  }

  /** Each spelling read once: parsed, canonicalised and judged against the owners. */
  private readonly spelling = remembering((printed): Spelling => {
    const name = parseName(printed);
    return { name, canonical: canonicalName(this.aliases, printed), isOwner: this.isOwner(name) };
  }, Number.POSITIVE_INFINITY);

  // Every printed name against every owner was quadratic in the number of listings; both
  // rules below demand the owner's surname key, so only owners of that surname can match.
  private isOwner(name: ParsedName): boolean {
    if (this.ownerKeys.has(exactKey(name))) return true;
    const owners = name.surname.key === '' ? undefined : this.ownersBySurname.get(name.surname.key);
    return (owners ?? []).some(
      (owner) => namesCompatible(owner, name) || initialsAgree(owner, name),
    );
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
    const x = this.byline(a);
    const y = this.byline(b);
    if (x.printed.length === 0 || y.printed.length === 0) return false;
    return (x.complete && !this.holds(x, y)) || (y.complete && !this.holds(y, x));
  }

  /**
   * Whether the entries share an author besides the owners; `undefined` when one of them
   * prints nobody else, so the bylines say nothing.
   */
  shareAuthor(a: number, b: number): boolean | undefined {
    const x = this.byline(a);
    const y = this.byline(b);
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
