/**
 * A graph file for browser tests that need many links: the seed graph plus one consortium
 * paper whose signers stand in a small disc beside the seed map. Linked on purpose (the file
 * raises its largest linked byline to the consortium's size): its links are what the tests need.
 */
import type { AuthorRecord, GraphFile, PaperRecord } from '../../../src/model/types';

export function withConsortium(graph: GraphFile, size: number): GraphFile {
  const xs = graph.authors.map((a) => a.x);
  const ys = graph.authors.map((a) => a.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const centre = { x: Math.max(...xs) + width * 0.6, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const members: AuthorRecord[] = Array.from({ length: size }, (_, i) => {
    const angle = (2 * Math.PI * i) / size;
    return {
      id: `consortium-member-${i}`,
      name: `Consortium Member ${i}`,
      aliases: [],
      paperCount: 1,
      x: centre.x + Math.cos(angle) * width * 0.15,
      y: centre.y + Math.sin(angle) * width * 0.15,
    };
  });
  const report: PaperRecord = {
    ...graph.papers[0]!,
    id: 'consortium-report',
    title: 'A consortium report',
    altTitles: [],
    authors: members.map((m) => m.id),
    authorsComplete: true,
  };
  return {
    ...graph,
    authors: [...graph.authors, ...members],
    papers: [...graph.papers, report],
    maxLinkedAuthors: size,
  };
}
