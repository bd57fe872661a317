/**
 * Fetches and validates the graph file, turning every failure into a sentence for the page.
 * Nothing is drawn unless the whole file is read and valid: the page shows either the map or
 * one of these messages, never part of a graph.
 */
import { parseGraphFile } from '../../model/validate';
import type { GraphFile } from '../../model/types';
import { graphAddressProblem, pageBase } from './graphAddress';
import { formatMegabytes, MAX_GRAPH_BYTES, scaleProblem } from './limits';
import { readLimitedText } from './readLimited';
import { registerDetails } from './details';
import type { DetailsInfo } from '../../model/split';

export type LoadResult =
  { ok: true; file: GraphFile } | { ok: false; title: string; message: string; details?: string[] };

export interface LoadOptions {
  signal?: AbortSignal;
  /** Resolves a relative `url` (default: the document's base). */
  base?: string;
  /** Largest file read, in bytes (default MAX_GRAPH_BYTES). */
  maxBytes?: number;
}

const REBUILD = 'Build it from the listings with “npm run graph” and put it beside the page.';

export async function loadGraphFile(
  url: string,
  fetchImpl: typeof fetch = fetch,
  { signal, base = pageBase(), maxBytes = MAX_GRAPH_BYTES }: LoadOptions = {},
): Promise<LoadResult> {
  const refused = graphAddressProblem(url, base);
  if (refused) {
    return { ok: false, title: 'The graph file address is not usable', message: `${refused}.` };
  }
  let response: Response;
  try {
    response = await fetchImpl(url, signal ? { signal } : {});
  } catch (error) {
    return {
      ok: false,
      title: 'The graph file could not be loaded',
      message: `Fetching ${url} failed (${(error as Error).message}). Check the address and your connection; a file on another site must allow this one (CORS).`,
    };
  }
  if (response.status === 404) {
    return {
      ok: false,
      title: 'No graph file yet',
      message: `There is no graph file at ${url}. ${REBUILD}`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      title: 'The graph file could not be loaded',
      message: `The server answered ${response.status} ${response.statusText} for ${url}.`,
    };
  }
  let body;
  try {
    body = await readLimitedText(response, maxBytes);
  } catch (error) {
    return {
      ok: false,
      title: 'The graph file could not be loaded',
      message: `Reading ${url} failed (${(error as Error).message}).`,
    };
  }
  if (!body.ok) {
    return {
      ok: false,
      title: 'The graph file is too large',
      message: `${url} is ${body.cut ? 'larger than ' : ''}${formatMegabytes(body.cut ? maxBytes : body.bytes)}; this page reads graph files up to ${formatMegabytes(maxBytes)}. Build a smaller graph, from fewer listings.`,
    };
  }
  // Static hosts that answer every unknown path with the site's page (SPA fallbacks, `vite
  // preview`) say 200: a body that opens like markup is that page, not a damaged graph.
  if (/^\s*</.test(body.text)) return missingBehindPage(url);
  const result = readGraphText(body.text);
  // A split file's details (abstracts, sources, …) sit beside it, named relative to it.
  const details = result.ok ? (result.file as { details?: DetailsInfo }).details : undefined;
  if (result.ok && details)
    registerDetails(
      result.file,
      details,
      new URL(response.url || url, new URL(url, base)),
      fetchImpl,
    );
  return result;
}

function missingBehindPage(url: string): LoadResult {
  return {
    ok: false,
    title: 'No graph file yet',
    message: `The server sent a web page, not a graph file, for ${url}: the file is probably missing. ${REBUILD}`,
  };
}

/**
 * Validates graph file text: fetched, or carried by the page itself (the one-file export
 * puts it in a `<script type="application/json">` data block).
 */
export function readGraphText(text: string): LoadResult {
  const result = parseGraphFile(text);
  if (result.ok) {
    const tooLarge = scaleProblem(result.graph);
    return tooLarge
      ? {
          ok: false,
          title: 'The graph file is too large',
          message: `${tooLarge} Build a smaller graph, from fewer listings.`,
        }
      : { ok: true, file: result.graph };
  }
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
      return {
        ok: false,
        title: 'The graph file is malformed',
        message: `${problem.message}. Rebuild it with “npm run graph”; a file cut off while copying is the usual cause.`,
      };
    case 'invalid':
      return {
        ok: false,
        title: 'The graph file is malformed',
        message: `${problem.message} Rebuild it with “npm run graph”.`,
        details: problem.errors,
      };
  }
}
