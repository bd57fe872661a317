/**
 * "New collaborators in year Y": coauthors whose first joint paper with the author (over the
 * whole file, so a reunion is not new) came out in Y. Indexed once per author: a list of
 * (year, coauthor) sorted by year.
 */
import { findPair, type AtlasData } from '../data/atlasData';

export interface FirstCollaboration {
  id: string;
  /** Year of the first joint paper. */
  year: number;
  /** Joint papers that year. */
  papers: number;
}

/** Every coauthor with a dated joint paper, by year of the first one, then by name. */
export function firstCollaborations(data: AtlasData, author: string): FirstCollaboration[] {
  const rows: FirstCollaboration[] = [];
  for (const other of data.coauthors.get(author) ?? []) {
    const pair = findPair(data, author, other);
    if (!pair) continue;
    let first = Infinity;
    for (const paper of pair.papers)
      if (paper.year !== null && paper.year < first) first = paper.year;
    if (first === Infinity) continue;
    const papers = pair.papers.filter((p) => p.year === first).length;
    rows.push({ id: other, year: first, papers });
  }
  const name = (id: string) => data.authorById.get(id)?.name ?? id;
  return rows.sort(
    (a, b) =>
      a.year - b.year || name(a.id).localeCompare(name(b.id), 'en') || (a.id < b.id ? -1 : 1),
  );
}

/** New collaborators per year: `year → ids`, in year order. */
export function newCollaboratorsByYear(
  firsts: readonly FirstCollaboration[],
  shown: (id: string) => boolean = () => true,
): Map<number, string[]> {
  const byYear = new Map<number, string[]>();
  for (const row of firsts) {
    if (!shown(row.id)) continue;
    const ids = byYear.get(row.year) ?? [];
    ids.push(row.id);
    byYear.set(row.year, ids);
  }
  return byYear;
}
