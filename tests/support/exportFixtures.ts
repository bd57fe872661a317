/** A snapshot of a view for the export tests (never imported by the app). */
import { buildAtlasData, type AtlasData } from '../../src/app/data/atlasData';
import { buildCommunities, communityLabel } from '../../src/app/communities/communities';
import { communityWords } from '../../src/app/communities/communityWords';
import { computeVisibleView, DEFAULT_FILTERS, type Filters } from '../../src/app/filters/filters';
import { detectCommunities } from '../../src/app/communities/louvain';
import { DEFAULT_URL_STATE } from '../../src/app/params/url';
import type { GraphFile } from '../../src/model/types';
import type { ExportSnapshot } from '../../src/app/export/snapshot';

export function snapshotFor(file: GraphFile, changes: Partial<Filters> = {}): ExportSnapshot {
  const data: AtlasData = buildAtlasData(file);
  const filters = { ...DEFAULT_FILTERS, ...changes };
  const view = computeVisibleView(data, filters);
  const name = (id: string) => data.authorById.get(id)?.name ?? id;
  const communities = buildCommunities(
    view.nodes,
    detectCommunities(view, { resolution: 1 }),
    { rank: (id) => view.paperCount.get(id) ?? 0, name, isOwner: (id) => data.owners.has(id) },
    null,
  );
  return {
    data,
    view,
    counted: filters,
    communities,
    communityWords: communityWords(data, communities, view, filters),
    communityLabels: new Map(communities.communities.map((c) => [c.slot, communityLabel(c, name)])),
    state: { ...DEFAULT_URL_STATE, ...changes },
  };
}

/** A small RFC 4180 reader, to check that what is written reads back as the same fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
