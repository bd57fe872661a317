/**
 * The three CSV tables of the current view: authors, collaborations, papers. Numbers follow
 * the view (papers in range, weights under the current counting); ids match the graph file.
 */
import { PAPER_ID_KINDS } from '../../model/identifiers';
import { paperInRange } from '../filters/filters';
import { rosterStatus } from '../roster/roster';
import { joinValues, toCsv, type CsvValue } from './csv';
import type { ExportSnapshot } from './snapshot';

/** Community as a 1-based number (the legend's order, largest first) and its label. */
function communityOf(snapshot: ExportSnapshot) {
  const numberOf = new Map(snapshot.communities?.communities.map((c, i) => [c.slot, i + 1]) ?? []);
  return (id: string): [CsvValue, CsvValue, CsvValue] => {
    const slot = snapshot.communities?.slotOf.get(id);
    if (slot === undefined) return [null, null, null];
    return [
      numberOf.get(slot),
      snapshot.communityLabels.get(slot),
      joinValues(snapshot.communityWords.get(slot) ?? []),
    ];
  };
}

export const AUTHOR_COLUMNS = [
  'id',
  'name',
  'aliases',
  'papers',
  'papers_total',
  'coauthors',
  'community',
  'community_label',
  'community_words',
  'owner',
  'roster_role',
  'roster_status',
  'roster_from',
  'roster_to',
  'orcid',
  'dblp',
  'openalex',
] as const;

export function authorsCsv(snapshot: ExportSnapshot): string {
  const { data, view } = snapshot;
  const community = communityOf(snapshot);
  const hasRoster = data.file.roster !== undefined;
  const rows = view.nodes.map((id) => {
    const author = data.authorById.get(id)!;
    return [
      id,
      author.name,
      joinValues(author.aliases),
      view.paperCount.get(id) ?? 0,
      author.paperCount,
      view.neighbours.get(id)?.size ?? 0,
      ...community(id),
      data.owners.has(id),
      author.roster?.role,
      hasRoster ? rosterStatus(author) : null,
      author.roster?.from,
      author.roster?.to,
      author.ids?.orcid,
      author.ids?.dblp,
      author.ids?.openalex,
    ];
  });
  return toCsv(AUTHOR_COLUMNS, rows);
}

export const COLLABORATION_COLUMNS = [
  'source',
  'target',
  'source_name',
  'target_name',
  'joint_papers',
  'weight',
  'counting',
] as const;

export function collaborationsCsv(snapshot: ExportSnapshot): string {
  const { data, view, counted } = snapshot;
  const name = (id: string) => data.authorById.get(id)?.name ?? id;
  const rows = view.edges.map((edge) => [
    edge.source,
    edge.target,
    name(edge.source),
    name(edge.target),
    edge.papers,
    Number(edge.weight.toFixed(6)),
    counted.counting,
  ]);
  return toCsv(COLLABORATION_COLUMNS, rows);
}

export const PAPER_COLUMNS = [
  'id',
  'title',
  'year',
  'venue',
  'venue_type',
  'authors',
  'author_ids',
  'authors_complete',
  'doi',
  'arxiv',
  'dblp',
  'openalex',
  'pmid',
] as const;

/** Papers in the view's years with at least one author on the map. */
export function papersCsv(snapshot: ExportSnapshot): string {
  const { data, view, counted } = snapshot;
  const name = (id: string) => data.authorById.get(id)?.name ?? id;
  const rows = data.file.papers
    .filter((p) => paperInRange(p, counted) && p.authors.some((id) => view.nodeSet.has(id)))
    .map((paper) => [
      paper.id,
      paper.title,
      paper.year,
      paper.venue,
      paper.venueType,
      joinValues(paper.authors.map(name)),
      joinValues(paper.authors),
      paper.authorsComplete,
      ...PAPER_ID_KINDS.map((kind) => joinValues(paper.ids?.[kind] ?? [])),
    ]);
  return toCsv(PAPER_COLUMNS, rows);
}
