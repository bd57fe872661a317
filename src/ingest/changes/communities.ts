/**
 * Community colours that survive a rebuild (issue 14). The page colours Louvain communities by
 * slot, and keeps a community's slot while it persists, but only within a visit: a rebuilt
 * file is clustered from scratch and slots go by size, so one new paper could recolour the map.
 *
 * A rebuild therefore writes each author's slot as a hint (`authors[].community`): it clusters
 * the previous file as the page did (the page's own Louvain, seed and slot rule; or reads the
 * previous file's hints), clusters the new one, and matches the two with the page's rule.
 * The page takes the hints as the "previous" communities of its first run, so its own
 * partition, matched against them, gets the colours the previous build showed.
 */
import {
  assignSlots,
  communitiesFromHints,
  type Community,
} from '../../app/communities/communities';
import { DEFAULT_SEED, detectCommunities } from '../../app/communities/louvain';
import { deriveCollaborations } from '../../model/collaborations';
import type { AuthorRecord, PaperRecord } from '../../model/types';

/** Above this many people the page clusters in a worker and the build skips the hints. */
export const COMMUNITY_HINT_MAX_AUTHORS = 20_000;

type Graph = {
  authors: readonly Pick<AuthorRecord, 'id' | 'community'>[];
  papers: readonly Pick<PaperRecord, 'id' | 'authors'>[];
};

/** The page's default view: everyone, every link, full counting, resolution 1. */
function groups(graph: Graph): string[][] {
  const nodes = graph.authors.map((a) => a.id);
  const edges = deriveCollaborations(graph.papers).map((c) => ({
    source: c.source,
    target: c.target,
    weight: c.weight,
  }));
  const partition = detectCommunities({ nodes, edges }, { resolution: 1, seed: DEFAULT_SEED });
  const out: string[][] = Array.from({ length: partition.count }, () => []);
  nodes.forEach((id, i) => out[partition.membership[i]!]!.push(id));
  return out;
}

/** The communities the page showed for `graph`: its hints, or its clustering from scratch. */
export function shownCommunities(graph: Graph): Community[] {
  const hinted = graph.authors.every((a) => a.community !== undefined)
    ? communitiesFromHints(graph.authors)
    : null;
  if (hinted) return hinted;
  const found = groups(graph);
  const slots = assignSlots(found, null);
  return found.map((members, i) => ({ slot: slots[i]!, members, leaders: [] }));
}

/**
 * Slot per author id of `current`, continuing `previous`'s colours; `rename` maps a current id
 * to the previous id of the same person.
 */
export function communityHints(
  current: Graph,
  previous: Graph,
  rename: ReadonlyMap<string, string>,
): Map<string, number> | undefined {
  if (current.authors.length > COMMUNITY_HINT_MAX_AUTHORS) return undefined;
  const back = new Map([...rename].map(([now, before]) => [before, now]));
  const before = shownCommunities(previous).map((c) => ({
    ...c,
    members: c.members.flatMap((id) => back.get(id) ?? []),
  }));
  const found = groups(current);
  const slots = assignSlots(found, before);
  const out = new Map<string, number>();
  found.forEach((members, i) => {
    for (const id of members) out.set(id, slots[i]!);
  });
  return out;
}
