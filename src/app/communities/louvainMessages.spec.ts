import { describe, expect, it } from 'vitest';
import { detectCommunities } from './louvain';
import { packLouvainRequest, unpackLouvainRequest } from './louvainMessages';

describe('Louvain worker messages', () => {
  it('round-trip the graph exactly, so the worker finds the same partition', () => {
    const input = {
      nodes: ['a', 'b', 'c', 'd', 'e', 'f'],
      edges: [
        { source: 'a', target: 'b', weight: 3 },
        { source: 'b', target: 'c', weight: 2 },
        { source: 'a', target: 'c', weight: 1 },
        { source: 'd', target: 'e', weight: 4 },
        { source: 'e', target: 'f', weight: 1 },
        { source: 'c', target: 'd', weight: 0.5 },
      ],
    };
    const request = packLouvainRequest(7, input, { resolution: 1, seed: 3 });
    expect(request.sources).toBeInstanceOf(Int32Array);
    expect(unpackLouvainRequest(request)).toEqual(input);
    expect(detectCommunities(unpackLouvainRequest(request), request.options)).toEqual(
      detectCommunities(input, { resolution: 1, seed: 3 }),
    );
  });
});
