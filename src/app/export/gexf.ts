/**
 * GEXF 1.2 of the current view, for Gephi: every author on the map with its layout position,
 * size and colour as drawn (`viz:` attributes), its papers, community and roster entry; every
 * link with its weight under the current counting and its joint papers. Written by
 * graphology-gexf (loaded with the export code, never in the initial script).
 */
import { UndirectedGraph } from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import { rosterStatus } from '../roster/roster';
import type { ExportSnapshot } from './snapshot';

export const VIZ_NAMESPACE = 'http://www.gexf.net/1.2draft/viz';

export interface GexfStyle {
  node(id: string): { size: number; color: string };
  edge(key: string): { color: string };
}

/** XML 1.0 refuses most control characters, and Gephi with it: drop them from text. */
// eslint-disable-next-line no-control-regex -- exactly the characters XML forbids
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (text: string) => text.replace(XML_INVALID, '');

/** `#rrggbbaa` as Gephi's r, g, b (it has no use for sigma's transparency). */
const opaque = (colour: string) => (colour.length === 9 ? colour.slice(0, 7) : colour);

export function buildGexf(snapshot: ExportSnapshot, style: GexfStyle): string {
  const { data, view, communities } = snapshot;
  const graph = new UndirectedGraph();
  const numberOf = new Map(communities?.communities.map((c, i) => [c.slot, i + 1]) ?? []);
  const hasRoster = data.file.roster !== undefined;
  for (const id of view.nodes) {
    const author = data.authorById.get(id)!;
    const { size, color } = style.node(id);
    const slot = communities?.slotOf.get(id);
    graph.addNode(id, {
      label: xmlText(author.name),
      x: author.x,
      y: author.y,
      size,
      color: opaque(color),
      papers: view.paperCount.get(id) ?? 0,
      papers_total: author.paperCount,
      aliases: xmlText(author.aliases.join('; ')),
      owner: data.owners.has(id),
      ...(slot !== undefined && {
        community: numberOf.get(slot) ?? 0,
        community_label: xmlText(snapshot.communityLabels.get(slot) ?? ''),
      }),
      ...(hasRoster && { roster_status: rosterStatus(author) }),
      ...(author.roster && { roster_role: xmlText(author.roster.role) }),
      ...(author.roster?.from !== undefined && { roster_from: author.roster.from }),
      ...(author.roster?.to !== undefined && { roster_to: author.roster.to }),
      ...(author.ids?.orcid && { orcid: author.ids.orcid }),
      ...(author.ids?.dblp && { dblp: xmlText(author.ids.dblp) }),
      ...(author.ids?.openalex && { openalex: author.ids.openalex }),
    });
  }
  for (const edge of view.edges) {
    graph.addEdgeWithKey(edge.key.replace('\u0000', '--'), edge.source, edge.target, {
      weight: edge.weight,
      joint_papers: edge.papers,
      color: opaque(style.edge(edge.key).color),
    });
  }
  // The writer declares a misspelt viz namespace for 1.2; write the one GEXF 1.2 defines (and
  // Gephi writes itself), so tools that check namespaces find the colours and positions.
  return write(graph, { version: '1.2', pretty: true }).replace(
    'xmlns:viz="http:///www.gexf.net/1.1draft/viz"',
    `xmlns:viz="${VIZ_NAMESPACE}"`,
  );
}
