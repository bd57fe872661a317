/**
 * The timeline slice's derived part: the selected author's coauthors by the year they first
 * wrote together, and those first met in the timeline's year as drawn (the "new
 * collaborators" highlight). The year itself is a view setting (state/settings.svelte.ts)
 * and the year in force a stage of the views (state/views.svelte.ts).
 */
import type { AtlasData } from '../data/atlasData';
import type { VisibleView } from '../filters/filters';
import { firstCollaborations, type FirstCollaboration } from './newCollaborators';

export interface TimelineInputs {
  readonly data: AtlasData;
  readonly selection: { readonly selected: string | null };
  readonly views: { readonly year: number | null; readonly visible: VisibleView };
}

export class TimelineState {
  readonly #inputs: TimelineInputs;

  constructor(inputs: TimelineInputs) {
    this.#inputs = inputs;
  }

  /** The selected author's coauthors by the year of their first joint paper. */
  readonly firstCollaborations: readonly FirstCollaboration[] = $derived.by(() => {
    const selected = this.#inputs.selection.selected;
    return selected ? firstCollaborations(this.#inputs.data, selected) : [];
  });

  /** Coauthors first met in the timeline's year, as drawn. */
  readonly newCollaborators: readonly string[] = $derived.by(() => {
    const { year, visible } = this.#inputs.views;
    return year === null
      ? []
      : this.firstCollaborations
          .filter((row) => row.year === year && visible.nodeSet.has(row.id))
          .map((row) => row.id);
  });
}
