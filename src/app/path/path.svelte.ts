/**
 * The path slice: the collaboration path from the selected author to the path's other end,
 * in what the map draws (so it follows the filters, the ego view and the timeline).
 */
import type { VisibleView } from '../filters/filters';
import { strongestPath, type PathResult } from './path';

export interface PathInputs {
  readonly selection: { readonly selected: string | null; readonly pathTarget: string | null };
  readonly views: { readonly visible: VisibleView };
}

export class PathState {
  readonly #inputs: PathInputs;

  constructor(inputs: PathInputs) {
    this.#inputs = inputs;
  }

  /** The path found, or why there is none; null when no path is asked for. */
  readonly result: PathResult | null = $derived.by(() => {
    const { selected, pathTarget } = this.#inputs.selection;
    return selected && pathTarget
      ? strongestPath(this.#inputs.views.visible, selected, pathTarget)
      : null;
  });

  /** The path's authors in order, when one is found. */
  get nodes(): readonly string[] | null {
    return this.result?.kind === 'found' ? this.result.nodes : null;
  }
}
