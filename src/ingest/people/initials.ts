/**
 * Rule 5: a name given with initials (`J. Doe`, `J. A. Doe`) joins the one fuller spelling it
 * fits (`Jane Doe`, `Jane A. Doe`) when the two share a coauthor: the same letters on the
 * same team. It joins nothing when two different people would fit (`J. Smith` beside
 * `John Smith` and `Jane Smith`), nor without a shared coauthor; both cases are reported as
 * likely duplicates with their evidence.
 */
import { groupBy } from '../../util/groupBy';
import { fullness } from './names';
import { initialsAgree, initialsOnly } from './nameRules';
import type { PersonClusters } from './personClusters';

/** Coauthors named as evidence in the report, at most. */
const NAMED_COAUTHORS = 3;

export function joinInitials(clusters: PersonClusters): void {
  const { variants } = clusters;
  const coauthors = new CoauthorIndex(clusters);
  const bySurname = groupBy(variants.keys(), (i) => variants[i]!.name.surname.key);
  for (const [surname, members] of bySurname) {
    if (surname === '' || members.length < 2) continue;
    const thin = (root: number): boolean =>
      clusters.members(root).every((m) => initialsOnly(variants[m]!.name));
    const spelledOut = (root: number): number =>
      Math.max(...clusters.members(root).map((m) => fullness(variants[m]!.name)[1]));
    // Fullest initials first, so `J. A. Doe` finds `Jane A. Doe` before `J. Doe` looks.
    const roots = (): number[] => [...new Set(members.map((m) => clusters.find(m)))];
    const waiting = roots()
      .filter(thin)
      .sort((a, b) => spelledOut(b) - spelledOut(a) || a - b);
    for (const root of waiting) {
      const current = clusters.find(root);
      if (clusters.isUndecided(current)) continue;
      const fits = roots().filter(
        (other) =>
          other !== current &&
          !clusters.blocked(current, other) &&
          clusters
            .members(current)
            .every((x) =>
              clusters
                .members(other)
                .every((y) => initialsAgree(variants[x]!.name, variants[y]!.name)),
            ),
      );
      // A fuller spelling first; another initials-only one only when nothing fuller fits.
      const full = fits.filter((f) => !thin(f));
      const candidates =
        full.length > 0 ? full : fits.filter((f) => spelledOut(f) > spelledOut(current));
      if (candidates.length !== 1) continue;
      const target = candidates[0]!;
      const shared = coauthors.shared(current, target);
      if (shared.length === 0) continue;
      const names = shared.slice(0, NAMED_COAUTHORS).map((r) => variants[r]!.spelling);
      const more =
        shared.length > NAMED_COAUTHORS ? ` and ${shared.length - NAMED_COAUTHORS} more` : '';
      clusters.join(target, current, 'initials', [
        `the only fuller spelling that fits "${variants[current]!.spelling}"`,
        `${shared.length} shared coauthor${shared.length === 1 ? '' : 's'}: ${names.join(', ')}${more}`,
      ]);
    }
  }
}

/** Who signs papers with whom, by person (cluster root) as the clusters stand when asked. */
class CoauthorIndex {
  private readonly byPaper = new Map<number, number[]>();

  constructor(private readonly clusters: PersonClusters) {
    clusters.variants.forEach((variant, index) => {
      for (const paper of variant.papers) {
        const list = this.byPaper.get(paper);
        if (list) list.push(index);
        else this.byPaper.set(paper, [index]);
      }
    });
  }

  private of(root: number): Set<number> {
    const out = new Set<number>();
    for (const member of this.clusters.members(root))
      for (const paper of this.clusters.variants[member]!.papers)
        for (const other of this.byPaper.get(paper) ?? []) out.add(this.clusters.find(other));
    out.delete(this.clusters.find(root));
    return out;
  }

  /** Shared coauthors (their root variants), in index order, neither of the two themselves. */
  shared(a: number, b: number): number[] {
    const ofA = this.of(a);
    const ofB = this.of(b);
    ofA.delete(this.clusters.find(b));
    return [...ofA].filter((x) => ofB.has(x)).sort((x, y) => x - y);
  }
}
