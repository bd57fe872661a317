/**
 * The app's state: filters, selection, hover and communities, as runes. One instance per
 * mounted app, shared through context (see context.ts); components call its methods instead
 * of writing fields, so every change keeps the state consistent (a pair always includes the
 * selected author, filters are always normalised).
 */
import { buildAtlasData, findPair, type AtlasData } from '../data/atlasData';
import type { Community, CommunityResult } from '../communities/communities';
import type { EgoDepth } from '../ego/ego';
import {
  DEFAULT_FILTERS,
  normalizeFilters,
  type Filters,
  type VisibleView,
} from '../filters/filters';
import { computeFocus, type Focus } from '../data/focus';
import type { FirstCollaboration } from '../timeline/newCollaborators';
import type { PathResult } from '../path/path';
import { buildSearchIndex, type SearchIndex } from '../search/search';
import { clampTimelineYear, timelineSpan } from '../timeline/timeline';
import type { ViewConstraint } from '../filters/viewConstraints';
import {
  DEFAULT_RESOLUTION,
  roundResolution,
  type ColourMode,
  type UrlState,
  type ViewMode,
} from '../params/url';
import type { GraphFile } from '../../model/types';
import type { MapCapture } from '../export/mapCapture';
import { chooseRunner, type CommunityRunner } from '../communities/clustering';
import { keepCommunitiesCurrent } from '../communities/communities.svelte';
import { resolveReference } from '../search/resolveReference';
import { MapViews } from './views.svelte';

export type PanelName = 'details' | 'pair' | 'path';

/** Why something was selected: decides whether the camera moves and focus follows. */
export interface SelectOptions {
  /** Centre the map on the author (search, list, panel links; not a click on the map). */
  centre?: boolean;
  /** Move keyboard focus into the panel (user actions; not URL changes). */
  focusPanel?: boolean;
}

export class AtlasStore {
  readonly data: AtlasData;
  readonly searchIndex: SearchIndex;

  filters = $state.raw<Filters>(DEFAULT_FILTERS);
  resolution = $state(DEFAULT_RESOLUTION);
  view = $state<ViewMode>('map');
  selected = $state<string | null>(null);
  pair = $state.raw<readonly [string, string] | null>(null);
  hovered = $state<string | null>(null);
  /** Colour slot of the community highlighted from the legend. */
  highlightedSlot = $state<number | null>(null);
  /** A message for the reader (an unknown author in a link): shown until dismissed. */
  notice = $state<string | null>(null);

  communities = $state.raw<CommunityResult | null>(null);
  /** Words that characterise each community's titles, by colour slot (with `communities`). */
  // A plain Map, replaced whole (never mutated): $state.raw needs no SvelteMap.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  communityWords = $state.raw<ReadonlyMap<number, readonly string[]>>(new Map());
  clustering = $state(false);

  colour = $state<ColourMode>('community');
  /** The ego network of the selected author: 0 = the whole map. */
  egoDepth = $state<0 | EgoDepth>(0);
  /** The other end of the collaboration path from the selected author. */
  pathTarget = $state<string | null>(null);
  /** The timeline's year as asked for (see `year` for the one in force). */
  timelineYear = $state<number | null>(null);

  /** The renderer's capture functions for the PNG and SVG exports, while the map is drawn. */
  mapCapture = $state.raw<MapCapture | null>(null);
  /** Bumped when the camera should centre on the selection. */
  cameraRequest = $state.raw<{ id: string; seq: number } | null>(null);
  /** Bumped when the camera should frame several authors (a collaboration path). */
  frameRequest = $state.raw<{ ids: readonly string[]; seq: number } | null>(null);
  /** Pixels of the map covered at the bottom (the bottom sheet on small screens). */
  mapBottomInset = $state(0);
  /** Bumped when keyboard focus should move into a panel. */
  panelFocusRequest = $state.raw<{ panel: PanelName; seq: number } | null>(null);

  /** The map's views and what follows from them, documented in views.svelte.ts. */
  readonly views: MapViews = new MapViews(this);

  get filtered(): VisibleView {
    return this.views.filtered;
  }
  get egoMembers(): ReadonlySet<string> | null {
    return this.views.egoMembers;
  }
  get clusterView(): VisibleView {
    return this.views.clusterView;
  }
  get year(): number | null {
    return this.views.year;
  }
  get visible(): VisibleView {
    return this.views.visible;
  }
  get path(): PathResult | null {
    return this.views.path;
  }
  get constraints(): readonly ViewConstraint[] {
    return this.views.constraints;
  }
  get firstCollaborations(): readonly FirstCollaboration[] {
    return this.views.firstCollaborations;
  }
  get newCollaborators(): readonly string[] {
    return this.views.newCollaborators;
  }

  readonly highlightedCommunity: Community | null = $derived(
    this.communities?.communities.find((c) => c.slot === this.highlightedSlot) ?? null,
  );

  readonly focus: Focus | null = $derived(
    computeFocus(this.visible, {
      hovered: this.hovered,
      selected: this.selected,
      pair: this.pair,
      community: this.highlightedCommunity?.members ?? null,
      path: this.path?.kind === 'found' ? this.path.nodes : null,
      accent: this.newCollaborators,
    }),
  );

  readonly urlState: UrlState = $derived({
    author: this.selected,
    with: this.pair ? (this.pair[0] === this.selected ? this.pair[1] : this.pair[0]) : null,
    yearFrom: this.filters.yearFrom,
    yearTo: this.filters.yearTo,
    minWeight: this.filters.minWeight,
    hideOwner: this.filters.hideOwner,
    resolution: this.resolution,
    view: this.view,
    path: this.selected ? this.pathTarget : null,
    ego: this.selected ? this.egoDepth : 0,
    counting: this.filters.counting,
    colour: this.colour,
    internalOnly: this.filters.internalOnly,
    year: this.year,
  });

  #seq = 0;
  readonly #runner: CommunityRunner;

  constructor(file: GraphFile, runner: CommunityRunner = chooseRunner()) {
    this.#runner = runner;
    this.data = buildAtlasData(file);
    this.searchIndex = buildSearchIndex(file.authors);
  }

  name(id: string): string {
    return this.data.authorById.get(id)?.name ?? id;
  }

  get hasRoster(): boolean {
    return this.data.file.roster !== undefined;
  }

  selectAuthor(id: string | null, options: SelectOptions = {}): void {
    if (id !== null && !this.data.authorById.has(id)) return;
    this.selected = id;
    this.pair = null;
    this.pathTarget = null;
    this.hovered = null;
    // The ego network follows the selection (a click on a coauthor walks to their network);
    // with nobody selected there is nothing to centre it on.
    if (id === null) this.egoDepth = 0;
    if (id && options.centre) this.cameraRequest = { id, seq: ++this.#seq };
    if (id && options.focusPanel) this.panelFocusRequest = { panel: 'details', seq: ++this.#seq };
  }

  /** Opens the joint papers of two coauthors; the selection moves to one of them if needed. */
  openPair(a: string, b: string, options: SelectOptions = {}): void {
    if (!findPair(this.data, a, b)) return;
    let first = a;
    let second = b;
    if (this.selected === b) [first, second] = [b, a];
    else if (this.selected !== a) {
      // No selected end: select the more prolific one, so the URL (author + with) and the
      // panel underneath say something useful.
      const papers = (id: string) => this.data.papersByAuthor.get(id)?.length ?? 0;
      if (papers(b) > papers(a)) [first, second] = [b, a];
    }
    this.selected = first;
    this.pair = [first, second];
    this.pathTarget = null;
    if (options.focusPanel) this.panelFocusRequest = { panel: 'pair', seq: ++this.#seq };
  }

  closePair(): void {
    this.pair = null;
  }

  /** Shows the collaboration path from the selected author to `target` (null closes it). */
  showPath(target: string | null, options: SelectOptions = {}): void {
    if (target !== null && (!this.selected || !this.data.authorById.has(target))) return;
    this.pathTarget = target;
    if (target === null) return;
    this.pair = null;
    const result = this.path;
    if (result?.kind === 'found') this.frameRequest = { ids: result.nodes, seq: ++this.#seq };
    if (options.focusPanel) this.panelFocusRequest = { panel: 'path', seq: ++this.#seq };
  }

  setEgo(depth: 0 | EgoDepth): void {
    this.egoDepth = this.selected ? depth : 0;
  }

  setColour(mode: ColourMode): void {
    this.colour = mode === 'roster' && this.hasRoster ? 'roster' : 'community';
  }

  /** The timeline's year (kept inside the year range); null turns the timeline off. */
  setTimelineYear(year: number | null): void {
    this.timelineYear = clampTimelineYear(year, timelineSpan(this.filters, this.data.years));
  }

  setHovered(id: string | null): void {
    if (this.hovered !== id) this.hovered = id;
  }

  setFilters(changes: Partial<Filters>): void {
    const next = normalizeFilters({ ...this.filters, ...changes }, this.data.years);
    const current = this.filters;
    if (
      next.yearFrom !== current.yearFrom ||
      next.yearTo !== current.yearTo ||
      next.minWeight !== current.minWeight ||
      next.hideOwner !== current.hideOwner ||
      next.counting !== current.counting ||
      next.internalOnly !== current.internalOnly
    ) {
      this.filters = next;
    }
  }

  /** Back to all years and every link; the owner switch and the counting stay as chosen. */
  resetFilters(): void {
    const { hideOwner, counting } = this.filters;
    this.setFilters({ ...DEFAULT_FILTERS, hideOwner, counting });
  }

  setResolution(value: number): void {
    this.resolution = roundResolution(value);
  }

  setView(view: ViewMode): void {
    this.view = view;
  }

  toggleCommunity(slot: number): void {
    this.highlightedSlot = this.highlightedSlot === slot ? null : slot;
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /** Applies state read from a link or a history entry; names are resolved, problems noted. */
  applyUrlState(state: UrlState): void {
    this.filters = normalizeFilters(
      {
        yearFrom: state.yearFrom,
        yearTo: state.yearTo,
        minWeight: state.minWeight,
        hideOwner: state.hideOwner,
        counting: state.counting,
        internalOnly: state.internalOnly && this.hasRoster,
      },
      this.data.years,
    );
    this.resolution = roundResolution(state.resolution);
    this.view = state.view;
    this.setColour(state.colour);
    this.setTimelineYear(state.year);
    this.hovered = null;

    this.selectByReference(state.author, state.with, state.path);
    this.setEgo(state.ego);
  }

  /**
   * Selects an author, and opens a pair with `other`, named as a link or a host names them (an
   * id, a name or any alias). What cannot be found clears the selection, as a link to it would,
   * and becomes the notice; returns the problems (none when everything was found).
   */
  selectByReference(
    author: string | null,
    other: string | null = null,
    pathTo: string | null = null,
  ): string[] {
    const problems: string[] = [];
    const resolve = (text: string | null) =>
      resolveReference(this.searchIndex, text, (id) => this.name(id), problems);
    const id = resolve(author);
    const otherId = id ? resolve(other) : null;
    const pathId = id ? resolve(pathTo) : null;
    const changed = id !== this.selected;
    this.hovered = null;
    this.selected = id;
    this.pair = null;
    this.pathTarget = pathId;
    if (!id) this.egoDepth = 0;
    if (id && otherId) {
      if (findPair(this.data, id, otherId)) this.pair = [id, otherId];
      else problems.push(`${this.name(id)} and ${this.name(otherId)} have no joint papers.`);
    }
    const path = this.path;
    if (path?.kind === 'found') this.frameRequest = { ids: path.nodes, seq: ++this.#seq };
    else if (id && changed) this.cameraRequest = { id, seq: ++this.#seq };
    this.notice = problems.length > 0 ? problems.join(' ') : null;
    return problems;
  }

  /** Keeps `communities` in step with the clustered view (creates an effect). */
  startClustering(): void {
    keepCommunitiesCurrent(this, this.#runner);
  }
}
