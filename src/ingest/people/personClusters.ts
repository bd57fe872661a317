/**
 * Variants joined into people, with the constraints every rule obeys: two names on one byline
 * are two people, the alias file's `distinct` pairs are two people, and spellings that
 * contradict each other (`John` / `Jane`, two DBLP numbers) are never put in one person,
 * whichever chain of rules would lead there. Each join is recorded with its rule and evidence.
 */
import { DisjointSets } from '../../util/disjointSets';
import { pairKey } from '../../model/collaborations';
import { PERSON_ID_KINDS, type PersonIds } from '../../model/identifiers';
import { namesContradict } from './nameRules';
import type { Variant } from './variants';

export type PersonRule =
  | 'alias-file'
  | 'orcid'
  | 'dblp-pid'
  | 'openalex-author'
  | 'same-letters'
  | 'dblp-suffix'
  | 'transliteration'
  | 'middle-names'
  | 'aligned-byline'
  | 'initials';

export interface JoinRecord {
  rule: PersonRule;
  /** The variant it was joined to. */
  into: number;
  evidence: string[];
}

export class PersonClusters {
  private readonly sets: DisjointSets;
  readonly joins = new Map<number, JoinRecord>();
  /**
   * Variants whose spelling is shared by several people known apart (two ORCIDs, two DBLP
   * numbers): no name rule may give them to one of them; only a byline, place by place, can.
   */
  readonly undecided = new Set<number>();

  constructor(
    readonly variants: readonly Variant[],
    private readonly distinct: ReadonlySet<string>,
  ) {
    this.sets = new DisjointSets(variants.length);
  }

  find(i: number): number {
    return this.sets.find(i);
  }

  members(i: number): readonly number[] {
    return this.sets.members(i);
  }

  /** Roots in index order. */
  roots(): number[] {
    return [...new Set(this.variants.map((_, i) => this.sets.find(i)))].sort((a, b) => a - b);
  }

  /** Whether some constraint keeps the people of `a` and `b` apart. */
  blocked(a: number, b: number, options: { ignoreContradiction?: boolean } = {}): boolean {
    const ma = this.members(a);
    const mb = this.members(b);
    return ma.some((x) =>
      mb.some((y) => {
        const vx = this.variants[x]!;
        const vy = this.variants[y]!;
        return (
          this.distinct.has(pairKey(String(x), String(y))) ||
          shareByline(vx, vy) ||
          (!options.ignoreContradiction &&
            (namesContradict(vx.name, vy.name) || idsDiffer(vx.ids, vy.ids)))
        );
      }),
    );
  }

  /** Whether the person of `i` holds a spelling several known people share. */
  isUndecided(i: number): boolean {
    return this.members(i).some((m) => this.undecided.has(m));
  }

  /** Joins unless already one person; the alias file may join what names contradict. */
  join(a: number, b: number, rule: PersonRule, evidence: string[] = []): boolean {
    if (this.find(a) === this.find(b)) return false;
    if (rule !== 'alias-file' && (this.isUndecided(a) || this.isUndecided(b))) return false;
    if (this.blocked(a, b, { ignoreContradiction: rule === 'alias-file' })) return false;
    if (!this.joins.has(b)) this.joins.set(b, { rule, into: a, evidence });
    this.sets.union(a, b);
    return true;
  }
}

function shareByline(a: Variant, b: Variant): boolean {
  const [small, large] =
    a.bylines.size <= b.bylines.size ? [a.bylines, b.bylines] : [b.bylines, a.bylines];
  for (const p of small) if (large.has(p)) return true;
  return false;
}

/** Two ids of one kind that differ: two people, whatever their names (the alias file aside). */
export function idsDiffer(a: PersonIds, b: PersonIds): boolean {
  return PERSON_ID_KINDS.some((k) => a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]);
}
