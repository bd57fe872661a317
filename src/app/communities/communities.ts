/**
 * From a Louvain partition to the communities the user sees: each with a colour slot that
 * survives re-runs (a new resolution, a filter) as long as the community does, and named by
 * its most prolific members.
 */
import type { Partition } from './louvain';

export interface Community {
  /**
   * Colour slot, and the community's identity across re-runs: a community that persists keeps
   * its slot, so it keeps its colour. Not an index into `communities`.
   */
  slot: number;
  /** Member ids in view order. */
  members: string[];
  /** Up to three most prolific members (by papers in range); owners only when alone. */
  leaders: string[];
}

export interface CommunityResult {
  /** Largest first. */
  communities: Community[];
  slotOf: ReadonlyMap<string, number>;
  modularity: number | null;
}

export interface CommunityContext {
  /** Papers in range, the prominence that names a community. */
  rank: (id: string) => number;
  name: (id: string) => string;
  isOwner: (id: string) => boolean;
}

const LEADERS = 3;

/**
 * Matches new communities to the previous ones by shared members, greedily from the largest
 * overlap down. Only members visible both before and after count (a year filter hides people
 * without dissolving their community), and a match needs those shared members to be a majority
 * of at least one side: a community that lost most of its people to others is gone.
 */
export function assignSlots(
  groups: readonly (readonly string[])[],
  previous: readonly Community[] | null,
): number[] {
  const slots = groups.map(() => -1);
  if (previous && previous.length > 0) {
    const previousSlot = new Map<string, number>();
    for (const community of previous) {
      for (const id of community.members) previousSlot.set(id, community.slot);
    }
    const current = new Set(groups.flat());
    const oldSize = new Map<number, number>();
    for (const [id, slot] of previousSlot) {
      if (current.has(id)) oldSize.set(slot, (oldSize.get(slot) ?? 0) + 1);
    }
    const candidates: { group: number; slot: number; overlap: number }[] = [];
    const newSize: number[] = [];
    groups.forEach((members, group) => {
      const overlaps = new Map<number, number>();
      let shared = 0;
      for (const id of members) {
        const slot = previousSlot.get(id);
        if (slot === undefined) continue;
        shared++;
        overlaps.set(slot, (overlaps.get(slot) ?? 0) + 1);
      }
      newSize[group] = shared;
      for (const [slot, overlap] of overlaps) candidates.push({ group, slot, overlap });
    });
    candidates.sort((a, b) => b.overlap - a.overlap || a.slot - b.slot || a.group - b.group);
    const taken = new Set<number>();
    for (const { group, slot, overlap } of candidates) {
      if (slots[group] !== -1 || taken.has(slot)) continue;
      const smaller = Math.min(oldSize.get(slot) ?? 0, newSize[group] ?? 0);
      if (2 * overlap <= smaller) continue;
      slots[group] = slot;
      taken.add(slot);
    }
  }
  // New communities take the lowest free slots, largest first: the palette's best colours go
  // to the communities people look at.
  const used = new Set(slots.filter((s) => s >= 0));
  let next = 0;
  return slots.map((slot) => {
    if (slot >= 0) return slot;
    while (used.has(next)) next++;
    used.add(next);
    return next;
  });
}

/**
 * The communities of the previous build, from the colour hints a rebuild writes
 * (`authors[].community`, see `src/ingest/changes/communities.ts`): the page's first clustering
 * of a rebuilt file matches against them, so a community keeps the colour it had before the
 * rebuild. Null when the file has no hints (a fresh build): slots then go by size.
 */
export function communitiesFromHints(
  authors: readonly { id: string; community?: number }[],
): Community[] | null {
  const bySlot = new Map<number, string[]>();
  for (const author of authors) {
    if (author.community === undefined) continue;
    const members = bySlot.get(author.community);
    if (members) members.push(author.id);
    else bySlot.set(author.community, [author.id]);
  }
  if (bySlot.size === 0) return null;
  return [...bySlot].map(([slot, members]) => ({ slot, members, leaders: [] }));
}

export function buildCommunities(
  nodes: readonly string[],
  partition: Partition,
  context: CommunityContext,
  previous: readonly Community[] | null,
): CommunityResult {
  const groups: string[][] = Array.from({ length: partition.count }, () => []);
  nodes.forEach((id, i) => groups[partition.membership[i]!]!.push(id));
  const slots = assignSlots(groups, previous);

  const communities = groups.map((members, i) => ({
    slot: slots[i]!,
    members,
    leaders: leadersOf(members, context),
  }));
  const slotOf = new Map<string, number>();
  for (const community of communities) {
    for (const id of community.members) slotOf.set(id, community.slot);
  }
  return { communities, slotOf, modularity: partition.modularity };
}

function leadersOf(members: readonly string[], context: CommunityContext): string[] {
  const candidates = members.filter((id) => !context.isOwner(id));
  const pool = candidates.length > 0 ? candidates : [...members];
  return pool
    .sort(
      (a, b) =>
        context.rank(b) - context.rank(a) ||
        context.name(a).localeCompare(context.name(b), 'en') ||
        (a < b ? -1 : 1),
    )
    .slice(0, LEADERS);
}

/** "Ada Lovelace, Alan Turing and 3 others": how a community is named in the legend. */
export function communityLabel(community: Community, name: (id: string) => string): string {
  const shown = community.leaders.slice(0, 2).map(name);
  const others = community.members.length - shown.length;
  if (others <= 0) return shown.join(' & ');
  return `${shown.join(', ')} +${others}`;
}
