import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../data/atlasData';
import {
  assignSlots,
  buildCommunities,
  communityLabel,
  type Community,
  type CommunityContext,
} from './communities';
import { computeVisibleView, DEFAULT_FILTERS, type Filters } from '../filters/filters';
import { detectCommunities } from './louvain';
import { seedGraphFile } from '../../../tests/support/graphFixtures';

const community = (slot: number, members: string[]): Community => ({
  slot,
  members,
  leaders: members.slice(0, 3),
});

describe('assignSlots', () => {
  it('numbers fresh communities from 0, in order', () => {
    expect(assignSlots([['a'], ['b'], ['c']], null)).toEqual([0, 1, 2]);
  });

  it('keeps the slot of a community that persists, whatever its new rank', () => {
    const previous = [community(0, ['a', 'b', 'c', 'd']), community(1, ['e', 'f', 'g'])];
    // The second community grew past the first: ranks swap, colours must not.
    const slots = assignSlots(
      [
        ['e', 'f', 'g', 'x', 'y'],
        ['a', 'b', 'c'],
      ],
      previous,
    );
    expect(slots).toEqual([1, 0]);
  });

  it('lets the larger part of a split keep the colour, and gives the rest a free slot', () => {
    const previous = [community(0, ['a', 'b', 'c', 'd', 'e']), community(1, ['f', 'g'])];
    const slots = assignSlots(
      [
        ['a', 'b', 'c'],
        ['f', 'g'],
        ['d', 'e'],
      ],
      previous,
    );
    expect(slots).toEqual([0, 1, 2]);
  });

  it('ignores members hidden by a filter when judging persistence', () => {
    const previous = [community(0, ['a', 'b', 'c', 'd', 'e', 'f']), community(1, ['g', 'h'])];
    // A year filter hid d, e, f: a, b, c are still the same community.
    expect(
      assignSlots(
        [
          ['g', 'h'],
          ['a', 'b', 'c'],
        ],
        previous,
      ),
    ).toEqual([1, 0]);
  });

  it('gives the colour to the group that took the most members, not to fragments', () => {
    const previous = [community(0, ['a', 'b', 'c', 'd', 'e', 'f'])];
    const slots = assignSlots(
      [
        ['a', 'x', 'y', 'z', 'w', 'v', 'u'],
        ['b', 'c', 'q', 'r', 's', 't', 'p'],
        ['d', 'e', 'f', 'o', 'n', 'm', 'l'],
      ],
      previous,
    );
    // Only the group holding half of the old members inherits its colour.
    expect(slots).toEqual([1, 2, 0]);
  });
});

describe('community colours on the seed graph', () => {
  const file = seedGraphFile();
  const data = buildAtlasData(file);
  const contextFor = (filters: Filters): CommunityContext => {
    const view = computeVisibleView(data, filters);
    return {
      rank: (id) => view.paperCount.get(id) ?? 0,
      name: (id) => data.authorById.get(id)!.name,
      isOwner: (id) => data.owners.has(id),
    };
  };
  const run = (filters: Filters, resolution: number, previous: Community[] | null) => {
    const view = computeVisibleView(data, filters);
    const partition = detectCommunities(view, { resolution });
    return buildCommunities(view.nodes, partition, contextFor(filters), previous);
  };
  const hidden: Filters = { ...DEFAULT_FILTERS, hideOwner: true };

  it('keeps colours of communities that persist across a resolution change', () => {
    const before = run(hidden, 1, null);
    const after = run(hidden, 1.1, before.communities);
    let persisted = 0;
    for (const next of after.communities) {
      const same = before.communities.find(
        (c) =>
          c.members.length === next.members.length &&
          c.members.every((m, i) => m === next.members[i]),
      );
      if (same) {
        persisted++;
        expect(next.slot).toBe(same.slot);
      }
    }
    expect(persisted).toBeGreaterThan(0);
  });

  it('keeps colours when a year filter hides some members', () => {
    const before = run(hidden, 1, null);
    const after = run({ ...hidden, yearFrom: 2019 }, 1, before.communities);
    const wasVisible = new Set(before.communities.flatMap((c) => c.members));
    let unchanged = 0;
    for (const old of before.communities) {
      const remaining = new Set(after.communities.flatMap((c) => c.members));
      const kept = old.members.filter((m) => remaining.has(m));
      if (kept.length === 0) continue;
      const heir = after.communities.find((c) => c.members.includes(kept[0]!))!;
      const heirOld = heir.members.filter((m) => wasVisible.has(m));
      // The same people (among those visible before) are still together: same colour.
      if (heirOld.length === kept.length && kept.every((m) => heir.members.includes(m))) {
        unchanged++;
        expect(heir.slot).toBe(old.slot);
      }
    }
    expect(unchanged).toBeGreaterThan(0);
  });

  it('gives every member exactly one slot, and unique slots', () => {
    const result = run(hidden, 1, null);
    const slots = result.communities.map((c) => c.slot);
    expect(new Set(slots).size).toBe(slots.length);
    const members = result.communities.flatMap((c) => c.members);
    expect(new Set(members).size).toBe(members.length);
    expect(result.slotOf.size).toBe(members.length);
  });

  it('names communities after their most prolific members, never the owner beside others', () => {
    const result = run(DEFAULT_FILTERS, 1, null);
    const context = contextFor(DEFAULT_FILTERS);
    for (const c of result.communities) {
      if (c.members.length > 1) expect(c.leaders.some((id) => data.owners.has(id))).toBe(false);
      const best = Math.max(...c.members.filter((m) => !data.owners.has(m)).map(context.rank));
      if (c.members.length > 1) expect(context.rank(c.leaders[0]!)).toBe(best);
    }
    const label = communityLabel(result.communities[0]!, context.name);
    expect(label).toContain(data.authorById.get(result.communities[0]!.leaders[0]!)!.name);
  });
});
