/**
 * The benchmark's baseline: the same graph file drawn by Sigma with nothing around it
 * (no validation, no panels, no communities). Our first frame is compared with this one.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import { deriveCollaborations } from '../../../src/model/collaborations';
import { expandBylines } from '../../../src/model/split';
import type { GraphFile } from '../../../src/model/types';

const url = new URLSearchParams(location.search).get('data') ?? 'graph.json';
const file = (await (await fetch(url)).json()) as GraphFile & { details?: unknown };
// A split graph's main file (src/model/split.ts) has bylines as author indices.
if (file.details) expandBylines(file as unknown as Record<string, unknown>);
const graph = new Graph({ type: 'undirected' });
for (const author of file.authors) {
  graph.addNode(author.id, {
    x: author.x,
    y: author.y,
    size: 2 + Math.sqrt(author.paperCount),
    label: author.name,
    color: '#4b6cb7',
  });
}
for (const link of deriveCollaborations(file.papers)) {
  graph.addEdge(link.source, link.target, {
    size: Math.min(1 + link.weight / 2, 6),
    color: '#cccccc',
  });
}
new Sigma(graph, document.getElementById('map')!);
