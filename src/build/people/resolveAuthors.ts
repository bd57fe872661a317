/**
 * Resolving people: which spellings are one person.
 *
 * In order (README, "Resolving people"):
 * 1. The alias file decides first: its variants are one person, its `distinct` pairs never are.
 * 2. Spellings with the same letters are one person: case, diacritics, umlaut transliteration,
 *    romanised given names, DBLP suffixes (`Tao Lin 0004` = `Tao Lin`, unless two different
 *    suffixes show that there are two Tao Lins).
 * 3. Spellings with the same surname and first name whose middle names agree are one person
 *    (`Sebastian U. Stich` = `Sebastian Stich`), unless the shorter spelling fits two people,
 *    or the two spellings sign the same paper.
 * Everything else stays apart; near misses are reported as likely duplicates.
 */
import { compareText } from '../../text/compare';
import { DisjointSets } from './disjointSets';
import { groupBy } from './groupBy';
import { findLikelyDuplicates } from './likelyDuplicates';
import { cleanText, fold } from '../../text/fold';
import { slugify } from '../../text/slug';
import { canonicalName, aliasKey, type AliasTable } from './aliases';
import {
  blockingKey,
  exactKey,
  fullness,
  namesCompatible,
  parseName,
  type ParsedName,
} from './names';

export interface NameOccurrence {
  spelling: string;
  /** Index of the paper whose byline holds this spelling. */
  paper: number;
  /** Index of the listing entry (one printed byline): two names in one byline are two people. */
  byline: number;
}

export type PersonRule =
  'alias-file' | 'same-letters' | 'dblp-suffix' | 'transliteration' | 'middle-names';

export interface ResolvedPerson {
  id: string;
  name: string;
  /** Every spelling seen except `name`. */
  aliases: string[];
  /** Every distinct spelling, as printed (cleaned). */
  spellings: string[];
  /** Papers (indices) this person signs. */
  papers: number[];
  /** Listing entries (indices) whose byline names this person. */
  bylines: number[];
}

export interface PersonMerge {
  person: string;
  spelling: string;
  into: string;
  rule: PersonRule;
}

export interface LikelyDuplicate {
  ids: [string, string];
  names: [string, string];
  evidence: string[];
}

export interface PeopleResolution {
  people: ResolvedPerson[];
  /** Person index per cleaned spelling. */
  personOf: Map<string, number>;
  merges: PersonMerge[];
  likelyDuplicates: LikelyDuplicate[];
}

interface Variant {
  spelling: string;
  name: ParsedName;
  papers: Set<number>;
  bylines: Set<number>;
  count: number;
}

export function resolveAuthors(
  occurrences: readonly NameOccurrence[],
  aliases?: AliasTable,
): PeopleResolution {
  const variants = collectVariants(occurrences);
  const sets = new DisjointSets(variants.length);
  const rules = new Map<number, { rule: PersonRule; into: number }>();
  const distinct = distinctPairs(variants, aliases);
  const blocked = (a: number, b: number): boolean =>
    sets
      .members(a)
      .some((x) =>
        sets
          .members(b)
          .some((y) => distinct.has(pairKey(x, y)) || shareByline(variants[x]!, variants[y]!)),
      );
  const join = (a: number, b: number, rule: PersonRule): void => {
    if (sets.find(a) === sets.find(b)) return;
    if (!rules.has(b)) rules.set(b, { rule, into: a });
    sets.union(a, b);
  };

  // 1. The alias file.
  const byCanonical = groupBy(variants.keys(), (i) =>
    canonicalName(aliases, variants[i]!.spelling),
  );
  for (const [canonical, members] of byCanonical) {
    if (canonical === undefined) continue;
    for (const m of members.slice(1)) join(members[0]!, m, 'alias-file');
  }

  // 2. Same letters.
  for (const members of groupBy(variants.keys(), (i) => exactKey(variants[i]!.name)).values()) {
    const suffixes = new Set(members.flatMap((m) => variants[m]!.name.dblpSuffix ?? []));
    // Two DBLP numbers mean two people: join each number's spellings, leave the bare ones apart.
    const groups =
      suffixes.size > 1
        ? [...suffixes].map((s) => members.filter((m) => variants[m]!.name.dblpSuffix === s))
        : [members];
    for (const group of groups) {
      const [first, ...rest] = group;
      for (const m of rest)
        if (!blocked(first!, m)) join(first!, m, sameLettersRule(variants[first!]!, variants[m]!));
    }
  }

  // 3. Compatible middle names, within a surname + first-name block.
  for (const members of groupBy(variants.keys(), (i) => blockingKey(variants[i]!.name)).values()) {
    const roots = [...new Set(members.map((m) => sets.find(m)))].sort(
      (a, b) => compareFullness(variants[b]!, variants[a]!) || a - b,
    );
    const clusters: number[] = [];
    for (const root of roots) {
      const fits = clusters.filter(
        (c) =>
          !blocked(c, root) &&
          sets
            .members(c)
            .every((x) =>
              sets
                .members(root)
                .every((y) => namesCompatible(variants[x]!.name, variants[y]!.name)),
            ),
      );
      if (fits.length === 1) join(fits[0]!, root, 'middle-names');
      else clusters.push(root);
    }
  }

  return buildPeople(variants, sets, rules, aliases);
}

function collectVariants(occurrences: readonly NameOccurrence[]): Variant[] {
  const bySpelling = new Map<string, Variant>();
  for (const { spelling, paper, byline } of occurrences) {
    const clean = cleanText(spelling);
    if (clean === '') continue;
    let variant = bySpelling.get(clean);
    if (!variant)
      bySpelling.set(
        clean,
        (variant = {
          spelling: clean,
          name: parseName(clean),
          papers: new Set(),
          bylines: new Set(),
          count: 0,
        }),
      );
    variant.papers.add(paper);
    variant.bylines.add(byline);
    variant.count++;
  }
  return [...bySpelling.values()];
}

function distinctPairs(variants: readonly Variant[], aliases: AliasTable | undefined): Set<string> {
  const out = new Set<string>();
  if (!aliases || aliases.distinct.length === 0) return out;
  const byKey = groupBy(variants.keys(), (i) => aliasKey(variants[i]!.spelling));
  for (const [x, y] of aliases.distinct) {
    for (const a of byKey.get(aliasKey(x)) ?? [])
      for (const b of byKey.get(aliasKey(y)) ?? []) out.add(pairKey(a, b));
  }
  return out;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

function shareByline(a: Variant, b: Variant): boolean {
  const [small, large] =
    a.bylines.size <= b.bylines.size ? [a.bylines, b.bylines] : [b.bylines, a.bylines];
  for (const p of small) if (large.has(p)) return true;
  return false;
}

function sameLettersRule(a: Variant, b: Variant): PersonRule {
  if (fold(a.name.display) === fold(b.name.display))
    return a.name.dblpSuffix === b.name.dblpSuffix ? 'same-letters' : 'dblp-suffix';
  return 'transliteration';
}

function compareFullness(a: Variant, b: Variant): number {
  const fa = fullness(a.name);
  const fb = fullness(b.name);
  return fa[0] - fb[0] || fa[1] - fb[1] || fa[2] - fb[2] || a.count - b.count;
}

function buildPeople(
  variants: readonly Variant[],
  sets: DisjointSets,
  rules: ReadonlyMap<number, { rule: PersonRule; into: number }>,
  aliases: AliasTable | undefined,
): PeopleResolution {
  const roots = [...new Set(variants.map((_, i) => sets.find(i)))].sort((a, b) => a - b);
  const usedIds = new Set<string>();
  const personOf = new Map<string, number>();
  const merges: PersonMerge[] = [];
  const people = roots.map((root, index): ResolvedPerson => {
    const members = sets.members(root).map((m) => variants[m]!);
    const best = members.reduce((a, b) => (compareFullness(b, a) > 0 ? b : a));
    const name = canonicalName(aliases, best.spelling) ?? best.name.display;
    const id = uniqueId(name, best.name.dblpSuffix, usedIds);
    const spellings = [...new Set(members.map((m) => m.spelling))].sort(compareText);
    for (const s of spellings) personOf.set(s, index);
    const papers = [...new Set(members.flatMap((m) => [...m.papers]))].sort((a, b) => a - b);
    const bylines = [...new Set(members.flatMap((m) => [...m.bylines]))].sort((a, b) => a - b);
    return { id, name, aliases: spellings.filter((s) => s !== name), spellings, papers, bylines };
  });
  rules.forEach(({ rule, into }, member) => {
    const person = people[personOf.get(variants[member]!.spelling) ?? -1];
    if (person)
      merges.push({
        person: person.id,
        spelling: variants[member]!.spelling,
        into: variants[into]!.spelling,
        rule,
      });
  });
  merges.sort((a, b) => compareText(a.person, b.person) || compareText(a.spelling, b.spelling));
  return { people, personOf, merges, likelyDuplicates: findLikelyDuplicates(people) };
}

function uniqueId(name: string, dblpSuffix: string | undefined, used: Set<string>): string {
  const base = slugify(name);
  let id = used.has(base) && dblpSuffix ? `${base}-${dblpSuffix}` : base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
