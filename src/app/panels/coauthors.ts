/** An author's coauthors with their joint papers in the year range, most frequent first. */
import { findPair, type AtlasData } from '../data/atlasData';
import { hasYearRange, paperInRange, type Filters } from '../filters/filters';

export interface CoauthorRow {
  id: string;
  name: string;
  /** Joint papers in the year range. */
  joint: number;
}

export function coauthorsOf(data: AtlasData, id: string, filters: Filters): CoauthorRow[] {
  const rows: CoauthorRow[] = [];
  for (const other of data.coauthors.get(id) ?? []) {
    const pair = findPair(data, id, other);
    if (!pair) continue;
    const joint = hasYearRange(filters)
      ? pair.papers.filter((p) => paperInRange(p, filters)).length
      : pair.papers.length;
    if (joint > 0) rows.push({ id: other, name: data.authorById.get(other)?.name ?? other, joint });
  }
  return rows.sort(
    (a, b) => b.joint - a.joint || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1),
  );
}
