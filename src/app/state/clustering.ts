/**
 * Where Louvain runs. In the page's thread for now, after the map has painted; the interface
 * takes and returns plain data so a Web Worker can implement it for large graphs.
 */
import {
  detectCommunities,
  type CommunityInput,
  type CommunityOptions,
  type Partition,
} from '../graph/louvain';

export type CommunityRunner = (
  input: CommunityInput,
  options: CommunityOptions,
) => Promise<Partition>;

/** Resolves after the browser has had a chance to paint. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else {
      setTimeout(resolve, 0);
    }
  });
}

export const inThreadRunner: CommunityRunner = async (input, options) => {
  await afterPaint();
  return detectCommunities(
    {
      nodes: input.nodes,
      edges: input.edges.map(({ source, target, weight }) => ({ source, target, weight })),
    },
    options,
  );
};
