/** Lifts one of the map's constraints (see graph/viewConstraints.ts) from a panel's button. */
import type { ConstraintKind } from './viewConstraints';
import type { AtlasStore } from '../state/atlas.svelte';

export function liftConstraint(store: AtlasStore, kind: ConstraintKind): void {
  switch (kind) {
    case 'owner':
      store.setFilters({ hideOwner: false });
      return;
    case 'ego':
      store.setEgo(0);
      return;
    case 'timeline':
      store.setTimelineYear(null);
      return;
    case 'years':
      store.setFilters({ yearFrom: null, yearTo: null });
      return;
    case 'links':
      store.setFilters({ minWeight: 1 });
      return;
    case 'internal':
      store.setFilters({ internalOnly: false });
      return;
  }
}
