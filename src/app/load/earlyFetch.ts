/**
 * The graph file's request, started by the page's first, small script while the app's own
 * script is still downloading and compiling: the two transfers overlap instead of queueing.
 * The app then reads this response instead of asking again (see App.svelte).
 */
import { graphAddressProblem, pageBase } from './graphAddress';

export interface EarlyGraphFetch {
  url: string;
  response: Promise<Response>;
}

/** Starts fetching `url` when the loader would (an http(s) address); null otherwise. */
export function startGraphFetch(
  url: string,
  fetchImpl: typeof fetch = fetch,
  base: string = pageBase(),
): EarlyGraphFetch | null {
  // A refused address is never requested; the loader explains why.
  if (graphAddressProblem(url, base) !== null) return null;
  const response = fetchImpl(url);
  // Whoever uses it handles a failure; one never used must not be an unhandled rejection.
  response.catch(() => {});
  return { url, response };
}

/** `fetch`, except that the first request for the early-fetched address takes its response. */
export function fetchWithEarlyStart(
  early: EarlyGraphFetch | null,
  fetchImpl: typeof fetch = fetch,
): typeof fetch {
  let pending = early;
  return (input, init) => {
    if (pending && input === pending.url) {
      const { response } = pending;
      pending = null;
      return response;
    }
    return fetchImpl(input, init);
  };
}
