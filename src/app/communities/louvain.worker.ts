/// <reference lib="webworker" />
/**
 * Louvain off the page's thread: on a large graph it takes long enough to freeze panning.
 */
import { detectCommunities } from './louvain';
import { unpackLouvainRequest, type LouvainRequest, type LouvainResponse } from './louvainMessages';

self.onmessage = (event: MessageEvent<LouvainRequest>) => {
  const request = event.data;
  let response: LouvainResponse;
  try {
    response = {
      id: request.id,
      partition: detectCommunities(unpackLouvainRequest(request), request.options),
    };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
