/**
 * The app's state: filters, selection, hover and communities, as runes. One instance per
 * mounted app, shared through context (see context.ts); components call its methods instead
 * of writing fields, so every change keeps the state consistent (a pair always includes the
 * selected author, filters are always normalised).
 */
import { buildAtlasData, findPair, type AtlasData } from '../graph/atlasData';
import { buildCommunities, type Community, type CommunityResult } from '../graph/communities';
import {
  computeVisibleView,
  DEFAULT_FILTERS,
  normalizeFilters,
  type Filters,
  type VisibleView,
} from '../graph/filters';
import { computeFocus, type Focus } from '../graph/focus';
import { DEFAULT_SEED } from '../graph/louvain';
import { buildSearchIndex, resolveAuthor, type SearchIndex } from '../graph/search';
import {
  DEFAULT_RESOLUTION,
  roundResolution,
  type UrlState,
  type ViewMode,
} from '../graph/urlState';
import type { GraphFile } from '../../model/types';
import { chooseRunner, type CommunityRunner } from './clustering';

export type PanelName = 'details' | 'pair';

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
  clustering = $state(false);

  /** Bumped when the camera should centre on the selection. */
  cameraRequest = $state.raw<{ id: string; seq: number } | null>(null);
  /** Pixels of the map covered at the bottom (the bottom sheet on small screens). */
  mapBottomInset = $state(0);
  /** Bumped when keyboard focus should move into a panel. */
  panelFocusRequest = $state.raw<{ panel: PanelName; seq: number } | null>(null);

  readonly visible: VisibleView = $derived.by(() => computeVisibleView(this.data, this.filters));

  readonly highlightedCommunity: Community | null = $derived(
    this.communities?.communities.find((c) => c.slot === this.highlightedSlot) ?? null,
  );

  readonly focus: Focus | null = $derived(
    computeFocus(this.visible, {
      hovered: this.hovered,
      selected: this.selected,
      pair: this.pair,
      community: this.highlightedCommunity?.members ?? null,
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
  });

  #seq = 0;
  #clusterRun = 0;
  readonly #runner: CommunityRunner;

  constructor(file: GraphFile, runner: CommunityRunner = chooseRunner()) {
    this.#runner = runner;
    this.data = buildAtlasData(file);
    this.searchIndex = buildSearchIndex(file.authors);
  }

  name(id: string): string {
    return this.data.authorById.get(id)?.name ?? id;
  }

  selectAuthor(id: string | null, options: SelectOptions = {}): void {
    if (id !== null && !this.data.authorById.has(id)) return;
    this.selected = id;
    this.pair = null;
    this.hovered = null;
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
    if (options.focusPanel) this.panelFocusRequest = { panel: 'pair', seq: ++this.#seq };
  }

  closePair(): void {
    this.pair = null;
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
      next.hideOwner !== current.hideOwner
    ) {
      this.filters = next;
    }
  }

  resetFilters(): void {
    this.setFilters({ ...DEFAULT_FILTERS, hideOwner: this.filters.hideOwner });
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
      },
      this.data.years,
    );
    this.resolution = roundResolution(state.resolution);
    this.view = state.view;
    this.hovered = null;

    this.selectByReference(state.author, state.with);
  }

  /**
   * Selects an author, and opens a pair with `other`, named as a link or a host names them (an
   * id, a name or any alias). What cannot be found clears the selection, as a link to it would,
   * and becomes the notice; returns the problems (none when everything was found).
   */
  selectByReference(author: string | null, other: string | null = null): string[] {
    const problems: string[] = [];
    const resolve = (text: string | null): string | null => {
      if (!text) return null;
      const found = resolveAuthor(this.searchIndex, text);
      if (found.kind === 'found') return found.id;
      if (found.kind === 'ambiguous') {
        const names = found.candidates.slice(0, 4).map((id) => this.name(id));
        problems.push(
          `“${text}” matches several authors (${names.join(', ')}); pick one with the search.`,
        );
      } else {
        problems.push(`No author named “${text}” is in this graph.`);
      }
      return null;
    };
    const id = resolve(author);
    const otherId = id ? resolve(other) : null;
    const changed = id !== this.selected;
    this.hovered = null;
    this.selected = id;
    this.pair = null;
    if (id && otherId) {
      if (findPair(this.data, id, otherId)) this.pair = [id, otherId];
      else problems.push(`${this.name(id)} and ${this.name(otherId)} have no joint papers.`);
    }
    if (id && changed) this.cameraRequest = { id, seq: ++this.#seq };
    this.notice = problems.length > 0 ? problems.join(' ') : null;
    return problems;
  }

  /**
   * Re-runs Louvain whenever the visible graph or the resolution changes. Call during
   * component initialisation (it creates an effect). Results of stale runs are dropped.
   */
  startClustering(): void {
    $effect(() => {
      const view = this.visible;
      const resolution = this.resolution;
      const run = ++this.#clusterRun;
      this.clustering = true;
      this.#runner(
        { nodes: view.nodes, edges: view.edges },
        { resolution, seed: DEFAULT_SEED },
      ).then(
        (partition) => {
          if (run !== this.#clusterRun) return;
          this.communities = buildCommunities(
            view.nodes,
            partition,
            {
              rank: (id) => view.paperCount.get(id) ?? 0,
              name: (id) => this.name(id),
              isOwner: (id) => this.data.owners.has(id),
            },
            this.communities?.communities ?? null,
          );
          if (
            this.highlightedSlot !== null &&
            !this.communities.communities.some((c) => c.slot === this.highlightedSlot)
          ) {
            this.highlightedSlot = null;
          }
          this.clustering = false;
        },
        (error: unknown) => {
          if (run !== this.#clusterRun) return;
          this.clustering = false;
          console.error('Community detection failed', error);
        },
      );
    });
  }
}
