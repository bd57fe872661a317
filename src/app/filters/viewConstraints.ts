/**
 * What keeps the map from showing everything: the reasons a path can be cut or an author be
 * missing, each with how to lift it. Listed in the order a reader would relax them.
 */
import type { Filters } from './filters';
import { hasYearRange } from './filters';

export type ConstraintKind = 'owner' | 'years' | 'links' | 'internal' | 'ego' | 'timeline';

export interface ViewConstraint {
  kind: ConstraintKind;
  /** What it does, as a phrase: "the listing owner is hidden". */
  text: string;
  /** The button that lifts it: "Show the owner". */
  lift: string;
}

export interface ConstraintInput {
  filters: Filters;
  /** Name of the ego network's centre and its depth, when the ego view is on. */
  ego: { name: string; depth: number } | null;
  /** The timeline's year, when it is on. */
  year: number | null;
  ownerNames: readonly string[];
}

function yearsText(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? `${from}` : `${from}–${to}`;
  return from !== null ? `${from} and later` : `${to} and earlier`;
}

export function activeConstraints(input: ConstraintInput): ViewConstraint[] {
  const { filters, ego, year, ownerNames } = input;
  const constraints: ViewConstraint[] = [];
  if (filters.hideOwner && ownerNames.length > 0) {
    constraints.push({
      kind: 'owner',
      text: `the listing owner (${ownerNames.join(', ')}) is hidden`,
      lift: 'Show the owner',
    });
  }
  if (ego) {
    constraints.push({
      kind: 'ego',
      text: `the map shows only ${ego.name}’s network (${ego.depth === 1 ? '1 step' : `${ego.depth} steps`})`,
      lift: 'Whole map',
    });
  }
  if (year !== null) {
    constraints.push({
      kind: 'timeline',
      text: `the timeline stops at ${year}`,
      lift: 'Stop the timeline',
    });
  }
  if (hasYearRange(filters)) {
    constraints.push({
      kind: 'years',
      text: `only papers from ${yearsText(filters.yearFrom, filters.yearTo)} count`,
      lift: 'All years',
    });
  }
  if (filters.minWeight > 1) {
    constraints.push({
      kind: 'links',
      text: `links need at least ${filters.minWeight} joint papers`,
      lift: 'All links',
    });
  }
  if (filters.internalOnly) {
    constraints.push({
      kind: 'internal',
      text: 'only lab members are shown',
      lift: 'Show everyone',
    });
  }
  return constraints;
}

/** "a, b and c". */
export function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
}
