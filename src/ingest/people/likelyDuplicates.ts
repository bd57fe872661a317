import { compareText } from '../../text/compare';
import { groupBy } from '../../util/groupBy';
import { parseName } from './names';
import type { LikelyDuplicate, ResolvedPerson } from './types';

/**
 * Pairs of people that rules kept apart but a person may want to join (through the alias
 * file): same surname with a compatible first initial, a first name that is another's
 * middle name (`An Bian` / `Yatao An Bian`), or a surname that is part of another's
 * double-barrelled one (`Dünner` / `Mendler-Dünner`).
 */
export function findLikelyDuplicates(people: readonly ResolvedPerson[]): LikelyDuplicate[] {
  const parsed = people.map((p) => parseName(p.name));
  const papersOf = people.map((p) => new Set(p.papers));
  const bylinesOf = people.map((p) => new Set(p.bylines));
  const coauthors = people.map(() => new Set<number>());
  const signers = new Map<number, number[]>();
  people.forEach((p, i) =>
    p.papers.forEach((paper) => (signers.get(paper) ?? signers.set(paper, []).get(paper)!).push(i)),
  );
  for (const list of signers.values())
    for (const a of list) for (const b of list) if (a !== b) coauthors[a]!.add(b);

  const bySurname = groupBy(people.keys(), (i) => parsed[i]!.surname.key);
  const results = new Map<string, LikelyDuplicate>();
  const consider = (a: number, b: number, reason: string): void => {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    if ([...bylinesOf[x]!].some((b) => bylinesOf[y]!.has(b))) return; // named side by side: two people
    const key = `${x}:${y}`;
    const shared = [...coauthors[x]!].filter((c) => coauthors[y]!.has(c)).length;
    const samePaper = [...papersOf[x]!].filter((p) => papersOf[y]!.has(p)).length;
    const evidence = [reason, `${shared} shared coauthor${shared === 1 ? '' : 's'}`];
    if (samePaper > 0)
      evidence.push(`named in different listings of the same paper (${samePaper})`);
    const existing = results.get(key);
    if (existing) existing.evidence.unshift(reason);
    else
      results.set(key, {
        ids: [people[x]!.id, people[y]!.id],
        names: [people[x]!.name, people[y]!.name],
        evidence,
      });
  };

  for (const members of bySurname.values()) {
    if (members.length < 2) continue;
    // Within a surname, only names sharing a first initial can be one person; that keeps blocks small.
    for (const group of groupBy(members, (i) => parsed[i]!.given[0]?.letter ?? '').values()) {
      for (let x = 0; x < group.length; x++) {
        for (let y = x + 1; y < group.length; y++) {
          const a = parsed[group[x]!]!;
          const b = parsed[group[y]!]!;
          const fa = a.given[0];
          const fb = b.given[0];
          if (fa && fb && (fa.initial || fb.initial))
            consider(group[x]!, group[y]!, 'same surname, first name given only as an initial');
          else if (fa && fb && fa.key === fb.key)
            consider(
              group[x]!,
              group[y]!,
              'same surname and first name, middle names disagree or ambiguous',
            );
        }
      }
    }
    for (const i of members) {
      for (const j of members) {
        const given = parsed[j]!.given.map((t) => t.key);
        const first = parsed[i]!.given[0]?.key;
        if (first && given.slice(1).includes(first))
          consider(i, j, `first name "${parsed[i]!.given[0]!.text}" is a middle name of the other`);
      }
    }
  }
  // Double-barrelled surnames: look up each part.
  people.forEach((_, i) => {
    const parts = parsed[i]!.surname.text.split('-');
    if (parts.length < 2) return;
    for (const part of parts) {
      for (const j of bySurname.get(parseName(`x ${part}`).surname.key) ?? []) {
        if (parsed[j]!.given[0]?.key === parsed[i]!.given[0]?.key)
          consider(i, j, "surname is part of the other's double surname");
      }
    }
  });
  return [...results.values()].sort(
    (p, q) => compareText(p.ids[0], q.ids[0]) || compareText(p.ids[1], q.ids[1]),
  );
}
