/** Lifts one of the map's constraints (see viewConstraints.ts) from a panel's button. */
import type { ConstraintKind } from './viewConstraints';
import type { AtlasStore } from '../state/store.svelte';

export function liftConstraint(store: AtlasStore, kind: ConstraintKind): void {
  switch (kind) {
    case 'owner':
      store.settings.setFilters({ hideOwner: false });
      return;
    case 'ego':
      store.setEgo(0);
      return;
    case 'timeline':
      store.settings.setTimelineYear(null);
      return;
    case 'years':
      store.settings.setFilters({ yearFrom: null, yearTo: null });
      return;
    case 'links':
      store.settings.setFilters({ minWeight: 1 });
      return;
    case 'internal':
      store.settings.setFilters({ internalOnly: false });
      return;
  }
}
