/**
 * From joined variants to people: a person per cluster that still has printed names, with
 * its display name (the fullest spelling, or the alias file's), an id, every spelling, and
 * each join as a report line.
 */
import type { PersonIds } from '../../model/identifiers';
import { compareText } from '../../text/compare';
import { slugify } from '../../text/slug';
import { canonicalName, type AliasTable } from './aliases';
import type { MentionOverrides } from './alignedBylines';
import { compareFullness } from './fullness';
import { findLikelyDuplicates } from './likelyDuplicates';
import type { PersonClusters } from './personClusters';
import type { PeopleResolution, PersonMerge, ResolvedPerson } from './types';
import type { NameOccurrence, Variant } from './variants';

export function buildPeople(input: {
  clusters: PersonClusters;
  occurrences: readonly NameOccurrence[];
  variantOf: Int32Array;
  overrides: MentionOverrides;
  aliases: AliasTable | undefined;
}): PeopleResolution {
  const { clusters, occurrences, variantOf, aliases } = input;
  const { variants } = clusters;
  const rootOfMention = assignMentions(input);

  // People in order of their first variant, so ids do not depend on which rule joined whom.
  const mentionsOf = new Map<number, number[]>();
  rootOfMention.forEach((root, mention) => {
    if (root < 0) return;
    const list = mentionsOf.get(root);
    if (list) list.push(mention);
    else mentionsOf.set(root, [mention]);
  });
  const roots = [...mentionsOf.keys()].sort((a, b) => a - b);
  const personOfRoot = new Map(roots.map((root, index) => [root, index]));
  const usedIds = new Set<string>();
  const people = roots.map((root): ResolvedPerson => {
    const mentions = mentionsOf.get(root)!;
    const named = [...new Set(mentions.map((m) => variantOf[m]!))].map((v) => variants[v]!);
    const best = named.reduce((a, b) => (compareFullness(b, a) > 0 ? b : a));
    const name = canonicalName(aliases, best.spelling) ?? best.name.display;
    const suffix = best.name.dblpSuffix ?? named.find((v) => v.name.dblpSuffix)?.name.dblpSuffix;
    const id = uniqueId(name, suffix, usedIds);
    const spellings = [...new Set(named.map((v) => v.spelling))].sort(compareText);
    const sorted = (values: Iterable<number>): number[] =>
      [...new Set(values)].sort((a, b) => a - b);
    return {
      id,
      name,
      aliases: spellings.filter((s) => s !== name),
      spellings,
      papers: sorted(mentions.map((m) => occurrences[m]!.paper)),
      bylines: sorted(mentions.map((m) => occurrences[m]!.byline)),
      // One person never holds two ids of a kind (the clusters refuse it), so these merge.
      ids: Object.assign({}, ...named.map((v) => v.ids)) as PersonIds,
    };
  });

  const personOfMention = new Int32Array(occurrences.length).fill(-1);
  rootOfMention.forEach((root, mention) => {
    if (root >= 0) personOfMention[mention] = personOfRoot.get(root)!;
  });
  const personOf = new Map<string, number>();
  variants.forEach((variant) => {
    const person = mostCommonPerson(variant, personOfMention);
    if (person >= 0) personOf.set(variant.spelling, person);
  });

  const merges = joinMerges(clusters, people, (v) =>
    mostCommonPerson(variants[v]!, personOfMention),
  );
  for (const [moved, target] of input.overrides) {
    const person = people[personOfMention[moved]!];
    if (!person || personOfMention[moved] !== personOfMention[target]) continue;
    merges.push({
      person: person.id,
      spelling: occurrences[moved]!.spelling,
      into: occurrences[target]!.spelling,
      rule: 'aligned-byline',
      evidence: [
        `in the same place of one paper's byline; elsewhere "${occurrences[moved]!.spelling}" fits more than one person`,
      ],
      ...(occurrences[moved]!.ref ? { at: occurrences[moved]!.ref } : {}),
    });
  }
  merges.sort((a, b) => compareText(a.person, b.person) || compareText(a.spelling, b.spelling));
  return {
    people,
    personOfMention,
    personOf,
    merges,
    likelyDuplicates: findLikelyDuplicates(people),
  };
}

/**
 * The cluster root of each mention: its variant's, or for a moved printing its target's,
 * unless that person already signs the same byline (two names on one byline are two people).
 */
function assignMentions(input: {
  clusters: PersonClusters;
  occurrences: readonly NameOccurrence[];
  variantOf: Int32Array;
  overrides: MentionOverrides;
}): Int32Array {
  const { clusters, occurrences, variantOf, overrides } = input;
  const root = new Int32Array(occurrences.length).fill(-1);
  const bylinesOf = new Map<number, Set<number>>();
  variantOf.forEach((variant, mention) => {
    if (variant < 0 || overrides.has(mention)) return;
    const r = clusters.find(variant);
    root[mention] = r;
    const set = bylinesOf.get(r);
    if (set) set.add(occurrences[mention]!.byline);
    else bylinesOf.set(r, new Set([occurrences[mention]!.byline]));
  });
  for (const [moved, target] of overrides) {
    const wanted = root[target]!;
    const byline = occurrences[moved]!.byline;
    const own = clusters.find(variantOf[moved]!);
    root[moved] = wanted >= 0 && !bylinesOf.get(wanted)?.has(byline) ? wanted : own;
    const set = bylinesOf.get(root[moved]!);
    if (set) set.add(byline);
    else bylinesOf.set(root[moved]!, new Set([byline]));
  }
  return root;
}

function mostCommonPerson(variant: Variant, personOfMention: Int32Array): number {
  const counts = new Map<number, number>();
  for (const m of variant.mentions) {
    const p = personOfMention[m]!;
    if (p >= 0) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best = -1;
  let bestCount = 0;
  for (const [person, count] of counts)
    if (count > bestCount || (count === bestCount && person < best))
      [best, bestCount] = [person, count];
  return best;
}

function joinMerges(
  clusters: PersonClusters,
  people: readonly ResolvedPerson[],
  /** By variant, not spelling: two Wei Wangs share a spelling but not a variant. */
  personOfVariant: (variant: number) => number,
): PersonMerge[] {
  const { variants } = clusters;
  const merges: PersonMerge[] = [];
  clusters.joins.forEach(({ rule, into, evidence }, member) => {
    const person = people[personOfVariant(member)];
    if (person)
      merges.push({
        person: person.id,
        spelling: variants[member]!.spelling,
        into: variants[into]!.spelling,
        rule,
        evidence,
      });
  });
  return merges;
}

function uniqueId(name: string, dblpSuffix: string | undefined, used: Set<string>): string {
  const base = slugify(name);
  let id = used.has(base) && dblpSuffix ? `${base}-${dblpSuffix}` : base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
