/**
 * The map's views, derived in stages so each change recomputes only what depends on it: the
 * filters' view, the ego network cut from it (what Louvain clusters), and the timeline's year
 * cut from that (what is drawn; a timeline step never re-runs Louvain), and the constraints
 * that keep it from showing everything. The path (path/path.svelte.ts) and the new
 * collaborators (timeline/timeline.svelte.ts) follow from what is drawn.
 */
import { egoNodes } from '../ego/ego';
import { computeVisibleView, type VisibleView } from '../filters/filters';
import { linkDrawing, type LinkDrawing } from '../filters/drawnLinks';
import { restrictView } from '../data/restrictView';
import { clampTimelineYear, filtersAtYear, timelineSpan } from '../timeline/timeline';
import { activeConstraints, type ViewConstraint } from '../filters/viewConstraints';
import type { AtlasData } from '../data/atlasData';
import type { SelectionState } from './selection.svelte';
import type { ViewSettings } from './settings.svelte';

/** What the views are derived from: the graph, the settings and the selection (read only). */
export interface ViewInputs {
  readonly data: AtlasData;
  readonly settings: Pick<ViewSettings, 'filters' | 'timelineYear' | 'links'>;
  readonly selection: Pick<SelectionState, 'selected' | 'egoDepth'>;
  name(id: string): string;
}

export class MapViews {
  readonly #data: AtlasData;
  readonly #settings: ViewInputs['settings'];
  readonly #selection: ViewInputs['selection'];
  readonly #name: (id: string) => string;

  constructor(inputs: ViewInputs) {
    this.#data = inputs.data;
    this.#settings = inputs.settings;
    this.#selection = inputs.selection;
    this.#name = (id) => inputs.name(id);
  }

  /** What the filters leave. */
  readonly filtered: VisibleView = $derived.by(() =>
    computeVisibleView(this.#data, this.#settings.filters),
  );

  /** Members of the ego network in force; null for the whole map (or a centre not on it). */
  readonly egoMembers: ReadonlySet<string> | null = $derived.by(() =>
    this.#selection.egoDepth && this.#selection.selected
      ? egoNodes(this.filtered, this.#selection.selected, this.#selection.egoDepth)
      : null,
  );

  /** The view communities are computed on: the filtered map, or the ego network. */
  readonly clusterView: VisibleView = $derived.by(() =>
    this.egoMembers ? restrictView(this.filtered, this.egoMembers) : this.filtered,
  );

  /** The timeline year in force: inside the year range, null when the timeline is off. */
  readonly year: number | null = $derived.by(() =>
    clampTimelineYear(
      this.#settings.timelineYear,
      timelineSpan(this.#settings.filters, this.#data.years),
    ),
  );

  /** What is drawn: the clustered view, as of the timeline's year when it is on. */
  readonly visible: VisibleView = $derived.by(() => {
    if (this.year === null) return this.clusterView;
    const grown = computeVisibleView(this.#data, filtersAtYear(this.#settings.filters, this.year));
    return restrictView(grown, this.clusterView.nodeSet);
  });

  /** How many of the visible links are drawn (the strongest only, on a large map). */
  readonly drawing: LinkDrawing = $derived.by(() =>
    linkDrawing(this.visible.edges, this.#settings.links),
  );

  /** What keeps the map from showing everything (why a path is cut, an author missing). */
  readonly constraints: readonly ViewConstraint[] = $derived.by(() =>
    activeConstraints({
      filters: this.#settings.filters,
      ego:
        this.egoMembers && this.#selection.selected
          ? { name: this.#name(this.#selection.selected), depth: this.#selection.egoDepth }
          : null,
      year: this.year,
      ownerNames: [...this.#data.owners].map((id) => this.#name(id)),
    }),
  );
}
