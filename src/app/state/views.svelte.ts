/**
 * The map's views, derived in stages so each change recomputes only what depends on it: the
 * filters' view, the ego network cut from it (what Louvain clusters), and the timeline's year
 * cut from that (what is drawn; a timeline step never re-runs Louvain). Then what follows from
 * what is drawn: the collaboration path, the constraints that can cut it, new collaborators.
 */
import { egoNodes } from '../ego/ego';
import { computeVisibleView, type VisibleView } from '../filters/filters';
import { firstCollaborations, type FirstCollaboration } from '../timeline/newCollaborators';
import { strongestPath, type PathResult } from '../path/path';
import { restrictView } from '../data/restrictView';
import { clampTimelineYear, filtersAtYear, timelineSpan } from '../timeline/timeline';
import { activeConstraints, type ViewConstraint } from '../filters/viewConstraints';
import type { AtlasStore } from './atlas.svelte';

/** The part of the store the views read. */
type ViewSource = Pick<
  AtlasStore,
  'data' | 'filters' | 'egoDepth' | 'selected' | 'timelineYear' | 'pathTarget' | 'name'
>;

export class MapViews {
  readonly #store: ViewSource;

  constructor(store: ViewSource) {
    this.#store = store;
  }

  /** What the filters leave. */
  readonly filtered: VisibleView = $derived.by(() =>
    computeVisibleView(this.#store.data, this.#store.filters),
  );

  /** Members of the ego network in force; null for the whole map (or a centre not on it). */
  readonly egoMembers: ReadonlySet<string> | null = $derived.by(() =>
    this.#store.egoDepth && this.#store.selected
      ? egoNodes(this.filtered, this.#store.selected, this.#store.egoDepth)
      : null,
  );

  /** The view communities are computed on: the filtered map, or the ego network. */
  readonly clusterView: VisibleView = $derived.by(() =>
    this.egoMembers ? restrictView(this.filtered, this.egoMembers) : this.filtered,
  );

  /** The timeline year in force: inside the year range, null when the timeline is off. */
  readonly year: number | null = $derived.by(() =>
    clampTimelineYear(
      this.#store.timelineYear,
      timelineSpan(this.#store.filters, this.#store.data.years),
    ),
  );

  /** What is drawn: the clustered view, as of the timeline's year when it is on. */
  readonly visible: VisibleView = $derived.by(() => {
    if (this.year === null) return this.clusterView;
    const grown = computeVisibleView(
      this.#store.data,
      filtersAtYear(this.#store.filters, this.year),
    );
    return restrictView(grown, this.clusterView.nodeSet);
  });

  /** The collaboration path from the selected author to `pathTarget`, in what is drawn. */
  readonly path: PathResult | null = $derived.by(() =>
    this.#store.selected && this.#store.pathTarget
      ? strongestPath(this.visible, this.#store.selected, this.#store.pathTarget)
      : null,
  );

  /** What keeps the map from showing everything (why a path is cut, an author missing). */
  readonly constraints: readonly ViewConstraint[] = $derived.by(() =>
    activeConstraints({
      filters: this.#store.filters,
      ego:
        this.egoMembers && this.#store.selected
          ? { name: this.#store.name(this.#store.selected), depth: this.#store.egoDepth }
          : null,
      year: this.year,
      ownerNames: [...this.#store.data.owners].map((id) => this.#store.name(id)),
    }),
  );

  /** The selected author's coauthors by the year of their first joint paper. */
  readonly firstCollaborations: readonly FirstCollaboration[] = $derived.by(() =>
    this.#store.selected ? firstCollaborations(this.#store.data, this.#store.selected) : [],
  );

  /** Coauthors first met in the timeline's year, as drawn (the "new collaborators" highlight). */
  readonly newCollaborators: readonly string[] = $derived.by(() =>
    this.year === null
      ? []
      : this.firstCollaborations
          .filter((row) => row.year === this.year && this.visible.nodeSet.has(row.id))
          .map((row) => row.id),
  );
}
