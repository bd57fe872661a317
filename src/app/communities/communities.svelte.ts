/**
 * Re-runs Louvain whenever the clustered view (filters, counting, the ego network) or the
 * resolution changes, and turns each partition into communities with stable colour slots and
 * their characteristic title words. Results of stale runs are dropped. The timeline does not
 * re-cluster: it only reveals part of this view, so colours hold still while it plays.
 */
import { buildCommunities } from './communities';
import { communityWords } from './communityWords';
import { DEFAULT_SEED } from './louvain';
import type { AtlasStore } from '../state/atlas.svelte';
import type { CommunityRunner } from './clustering';

/** Call during component initialisation (it creates an effect). */
export function keepCommunitiesCurrent(store: AtlasStore, runner: CommunityRunner): void {
  let latestRun = 0;
  $effect(() => {
    const view = store.clusterView;
    const filters = store.filters;
    const resolution = store.resolution;
    const run = ++latestRun;
    store.clustering = true;
    runner({ nodes: view.nodes, edges: view.edges }, { resolution, seed: DEFAULT_SEED }).then(
      (partition) => {
        if (run !== latestRun) return;
        const result = buildCommunities(
          view.nodes,
          partition,
          {
            rank: (id) => view.paperCount.get(id) ?? 0,
            name: (id) => store.name(id),
            isOwner: (id) => store.data.owners.has(id),
          },
          store.communities?.communities ?? null,
        );
        store.communityWords = communityWords(store.data, result, view, filters);
        store.communities = result;
        if (
          store.highlightedSlot !== null &&
          !result.communities.some((c) => c.slot === store.highlightedSlot)
        ) {
          store.highlightedSlot = null;
        }
        store.clustering = false;
      },
      (error: unknown) => {
        if (run !== latestRun) return;
        store.clustering = false;
        console.error('Community detection failed', error);
      },
    );
  });
}
