/**
 * The communities slice: Louvain's partition of the clustered view as communities with stable
 * colour slots and their characteristic title words, and the community highlighted from the
 * legend. `start()` re-runs Louvain whenever the clustered view (filters, counting, the ego
 * network) or the resolution changes; results of stale runs are dropped. The timeline does not
 * re-cluster: it only reveals part of this view, so colours hold still while it plays.
 */
import type { AtlasData } from '../data/atlasData';
import type { Filters, VisibleView } from '../filters/filters';
import type { CommunityRunner } from './clustering';
import {
  buildCommunities,
  communitiesFromHints,
  type Community,
  type CommunityResult,
} from './communities';
import { communityWords } from './communityWords';
import { DEFAULT_SEED, type Partition } from './louvain';

/** What communities are computed from (read inside the effect, so changes re-run it). */
export interface CommunityInputs {
  readonly data: AtlasData;
  readonly views: { readonly clusterView: VisibleView };
  readonly settings: { readonly filters: Filters; readonly resolution: number };
  name(id: string): string;
}

export class CommunitiesState {
  readonly #inputs: CommunityInputs;
  readonly #runner: CommunityRunner;

  result = $state.raw<CommunityResult | null>(null);
  /** Words that characterise each community's titles, by colour slot (with `result`). */
  // A plain Map, replaced whole (never mutated): $state.raw needs no SvelteMap.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  words = $state.raw<ReadonlyMap<number, readonly string[]>>(new Map());
  /** Louvain is running. */
  clustering = $state(false);
  /** Colour slot of the community highlighted from the legend. */
  highlightedSlot = $state<number | null>(null);

  readonly highlighted: Community | null = $derived(
    this.result?.communities.find((c) => c.slot === this.highlightedSlot) ?? null,
  );

  constructor(inputs: CommunityInputs, runner: CommunityRunner) {
    this.#inputs = inputs;
    this.#runner = runner;
  }

  toggle(slot: number): void {
    this.highlightedSlot = this.highlightedSlot === slot ? null : slot;
  }

  clearHighlight(): void {
    this.highlightedSlot = null;
  }

  /** Keeps the communities current while mounted: call during component initialisation. */
  start(): void {
    let latestRun = 0;
    $effect(() => {
      const view = this.#inputs.views.clusterView;
      const filters = this.#inputs.settings.filters;
      const resolution = this.#inputs.settings.resolution;
      const run = ++latestRun;
      this.clustering = true;
      this.#runner(
        { nodes: view.nodes, edges: view.edges },
        { resolution, seed: DEFAULT_SEED },
      ).then(
        (partition) => {
          if (run !== latestRun) return;
          this.#show(view, filters, partition);
        },
        (error: unknown) => {
          if (run !== latestRun) return;
          this.clustering = false;
          console.error('Community detection failed', error);
        },
      );
    });
  }

  #show(view: VisibleView, filters: Filters, partition: Partition): void {
    const { data, name } = this.#inputs;
    const result = buildCommunities(
      view.nodes,
      partition,
      {
        rank: (id) => view.paperCount.get(id) ?? 0,
        name: (id) => name(id),
        isOwner: (id) => data.owners.has(id),
      },
      // A rebuilt file's colour hints stand for the previous build's communities (issue 14).
      this.result?.communities ?? communitiesFromHints(data.file.authors),
    );
    this.words = communityWords(data, result, view, filters);
    this.result = result;
    if (
      this.highlightedSlot !== null &&
      !result.communities.some((c) => c.slot === this.highlightedSlot)
    ) {
      this.highlightedSlot = null;
    }
    this.clustering = false;
  }
}
