/**
 * Resolving people: which printed names are one person.
 *
 * In order (README, "Resolving people"):
 * 0. Identifiers decide first: the same ORCID, dblp pid or OpenAlex author is one person
 *    whatever the spellings; two different ids of one kind are two people, always.
 * 1. The alias file: its variants are one person, its `distinct` pairs never are.
 * 2. Spellings with the same letters are one person: case, diacritics, umlaut transliteration,
 *    romanised given names, run-together given names (`Jean-Baptiste` = `Jean Baptiste`), DBLP
 *    suffixes (`Tao Lin 0004` = `Tao Lin`, unless two different suffixes show two Tao Lins).
 * 3. Same surname and first name whose middle names agree (`Sebastian U. Stich` =
 *    `Sebastian Stich`), unless the shorter spelling fits two people.
 * 4. Bylines are evidence: names in the same place of two listings of one paper are one person
 *    (`J. Doe` = `Jane Doe`, `Mathew` = `Matthew`); see `alignedBylines.ts`.
 * 5. An initial joins the one full name it fits when they share a coauthor (`initials.ts`).
 * Always: two names on one byline are two people, and spellings that contradict each other
 * (`John` / `Jane`) are never one person. Everything else stays apart; near misses are
 * reported as likely duplicates.
 */
import { pairKey } from '../../model/collaborations';
import { fold } from '../../text/fold';
import { groupBy } from '../../util/groupBy';
import { aliasKey, canonicalName, type AliasTable } from './aliases';
import { joinAlignedBylines } from './alignedBylines';
import { buildPeople } from './buildPeople';
import { joinInitials } from './initials';
import { namesCompatible } from './nameRules';
import { blockingKey, exactKey } from './names';
import { compareFullness } from './fullness';
import { idsDiffer, PersonClusters, type PersonRule } from './personClusters';
import { ID_LABELS, PERSON_ID_KINDS, type PersonIdKind } from '../../model/identifiers';
import { collectVariants, type NameOccurrence, type Variant } from './variants';

export type { NameOccurrence } from './variants';
export type { PersonRule } from './personClusters';
export type { LikelyDuplicate, PeopleResolution, PersonMerge, ResolvedPerson } from './types';
import type { PeopleResolution } from './types';

export function resolveAuthors(
  occurrences: readonly NameOccurrence[],
  aliases?: AliasTable,
): PeopleResolution {
  const { variants, variantOf } = collectVariants(occurrences);
  const clusters = new PersonClusters(variants, distinctPairs(variants, aliases));
  joinByIdentifiers(clusters);
  joinByAliasFile(clusters, aliases);
  joinSameLetters(clusters);
  joinMiddleNames(clusters);
  const overrides = joinAlignedBylines(clusters, occurrences, variantOf);
  joinInitials(clusters);
  return buildPeople({ clusters, occurrences, variantOf, overrides, aliases });
}

function joinByAliasFile(clusters: PersonClusters, aliases: AliasTable | undefined): void {
  const { variants } = clusters;
  const byCanonical = groupBy(variants.keys(), (i) =>
    canonicalName(aliases, variants[i]!.spelling),
  );
  for (const [canonical, members] of byCanonical) {
    if (canonical === undefined) continue;
    for (const m of members.slice(1))
      clusters.join(members[0]!, m, 'alias-file', [`listed under "${canonical}"`]);
  }
}

const ID_RULES: Record<PersonIdKind, PersonRule> = {
  orcid: 'orcid',
  dblp: 'dblp-pid',
  openalex: 'openalex-author',
};

function joinByIdentifiers(clusters: PersonClusters): void {
  const { variants } = clusters;
  for (const kind of PERSON_ID_KINDS) {
    const byId = groupBy(variants.keys(), (i) => variants[i]!.ids[kind]);
    for (const [id, members] of byId) {
      if (id === undefined) continue;
      for (const m of members.slice(1))
        clusters.join(members[0]!, m, ID_RULES[kind], [`same ${ID_LABELS[kind]} ${id}`]);
    }
  }
}

function joinSameLetters(clusters: PersonClusters): void {
  const { variants } = clusters;
  for (const members of groupBy(variants.keys(), (i) => exactKey(variants[i]!.name)).values()) {
    const identities = identityGroups(clusters, members);
    // Two people known apart (two DBLP numbers, two ORCIDs) under one spelling: join each
    // one's spellings, and leave the bare spelling to neither, for good (see `undecided`).
    const groups = identities.length > 1 ? identities : [members];
    if (identities.length > 1) {
      const known = new Set(identities.flat());
      for (const m of members) if (!known.has(m)) clusters.undecided.add(m);
    }
    for (const group of groups) {
      const [first, ...rest] = group;
      for (const m of rest)
        clusters.join(first!, m, sameLettersRule(variants[first!]!, variants[m]!));
    }
  }
}

/**
 * The spellings of one name that carry a DBLP number or an id, grouped by who they can be:
 * each joins the one group it does not contradict, or starts one. One that fits two groups
 * could be either person, so it is left undecided like the bare spelling.
 */
function identityGroups(clusters: PersonClusters, members: readonly number[]): number[][] {
  const { variants } = clusters;
  const groups: number[][] = [];
  const fitsGroup = (m: number, group: readonly number[]): boolean =>
    group.every((o) => {
      const v = variants[m]!;
      const w = variants[o]!;
      const suffixes =
        v.name.dblpSuffix && w.name.dblpSuffix && v.name.dblpSuffix !== w.name.dblpSuffix;
      return !suffixes && !idsDiffer(v.ids, w.ids) && !clusters.blocked(m, o);
    });
  const open: number[] = [];
  for (const m of members) {
    const v = variants[m]!;
    if (!v.name.dblpSuffix && Object.keys(v.ids).length === 0) continue;
    const fits = groups.filter((g) => fitsGroup(m, g));
    if (fits.length === 0) groups.push([m]);
    else if (fits.length === 1) fits[0]!.push(m);
    else open.push(m);
  }
  // Known people are the groups; what fits several of them waits for a byline.
  if (groups.length > 1) for (const m of open) clusters.undecided.add(m);
  else if (groups.length === 1) groups[0]!.push(...open);
  return groups;
}

/** Compatible middle names, within a surname + first-name block. */
function joinMiddleNames(clusters: PersonClusters): void {
  const { variants } = clusters;
  for (const members of groupBy(variants.keys(), (i) => blockingKey(variants[i]!.name)).values()) {
    const roots = [...new Set(members.map((m) => clusters.find(m)))].sort(
      (a, b) => compareFullness(variants[b]!, variants[a]!) || a - b,
    );
    const kept: number[] = [];
    for (const root of roots) {
      if (clusters.isUndecided(root)) continue;
      const fits = kept.filter(
        (c) =>
          !clusters.blocked(c, root) &&
          clusters
            .members(c)
            .every((x) =>
              clusters
                .members(root)
                .every((y) => namesCompatible(variants[x]!.name, variants[y]!.name)),
            ),
      );
      if (fits.length !== 1 || !clusters.join(fits[0]!, root, 'middle-names')) kept.push(root);
    }
  }
}

function distinctPairs(variants: readonly Variant[], aliases: AliasTable | undefined): Set<string> {
  const out = new Set<string>();
  if (!aliases || aliases.distinct.length === 0) return out;
  const byKey = groupBy(variants.keys(), (i) => aliasKey(variants[i]!.spelling));
  for (const [x, y] of aliases.distinct) {
    for (const a of byKey.get(aliasKey(x)) ?? [])
      for (const b of byKey.get(aliasKey(y)) ?? []) out.add(pairKey(String(a), String(b)));
  }
  return out;
}

function sameLettersRule(a: Variant, b: Variant): PersonRule {
  if (fold(a.name.display) === fold(b.name.display))
    return a.name.dblpSuffix === b.name.dblpSuffix ? 'same-letters' : 'dblp-suffix';
  return 'transliteration';
}
