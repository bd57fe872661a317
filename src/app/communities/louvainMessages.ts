/**
 * What crosses the boundary to the Louvain worker: node ids once, links as flat typed arrays
 * (transferred, not copied), so a field-scale graph does not cost a structured clone of
 * hundreds of thousands of objects.
 */
import type { CommunityInput, CommunityOptions, Partition } from './louvain';

export interface LouvainRequest {
  id: number;
  nodes: readonly string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  options: CommunityOptions;
}

export interface LouvainResponse {
  id: number;
  partition?: Partition;
  error?: string;
}

export function packLouvainRequest(
  id: number,
  input: CommunityInput,
  options: CommunityOptions,
): LouvainRequest {
  const index = new Map(input.nodes.map((node, i) => [node, i]));
  const sources = new Int32Array(input.edges.length);
  const targets = new Int32Array(input.edges.length);
  const weights = new Float64Array(input.edges.length);
  input.edges.forEach((edge, i) => {
    sources[i] = index.get(edge.source) ?? -1;
    targets[i] = index.get(edge.target) ?? -1;
    weights[i] = edge.weight;
  });
  return { id, nodes: input.nodes, sources, targets, weights, options };
}

export function unpackLouvainRequest(request: LouvainRequest): CommunityInput {
  const edges: CommunityInput['edges'][number][] = [];
  for (let i = 0; i < request.sources.length; i++) {
    const source = request.nodes[request.sources[i]!];
    const target = request.nodes[request.targets[i]!];
    if (source !== undefined && target !== undefined)
      edges.push({ source, target, weight: request.weights[i]! });
  }
  return { nodes: request.nodes, edges };
}
