/** Fetches and validates the graph file, turning every failure into a sentence for the page. */
import { parseGraphFile } from '../../model/validate';
import type { GraphFile } from '../../model/types';

export type LoadResult =
  { ok: true; file: GraphFile } | { ok: false; title: string; message: string; details?: string[] };

export async function loadGraphFile(
  url: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, signal ? { signal } : {});
  } catch (error) {
    return {
      ok: false,
      title: 'The graph file could not be loaded',
      message: `Fetching ${url} failed (${(error as Error).message}). Check the address and your connection.`,
    };
  }
  if (response.status === 404) {
    return {
      ok: false,
      title: 'No graph file yet',
      message: `There is no graph file at ${url}. Build it from the listings with “npm run graph”.`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      title: 'The graph file could not be loaded',
      message: `The server answered ${response.status} ${response.statusText} for ${url}.`,
    };
  }
  return readGraphText(await response.text());
}

/**
 * Validates graph file text: fetched, or carried by the page itself (the one-file export
 * puts it in a `<script type="application/json">` data block).
 */
export function readGraphText(text: string): LoadResult {
  const result = parseGraphFile(text);
  if (result.ok) return { ok: true, file: result.graph };
  const { problem } = result;
  switch (problem.kind) {
    case 'newer-version':
      return {
        ok: false,
        title: 'The graph file is newer than this page',
        message: problem.message,
      };
    case 'older-version':
      return { ok: false, title: 'The graph file is out of date', message: problem.message };
    case 'not-json':
      return { ok: false, title: 'The graph file is malformed', message: problem.message };
    case 'invalid':
      return {
        ok: false,
        title: 'The graph file is malformed',
        message: problem.message,
        details: problem.errors,
      };
  }
}
