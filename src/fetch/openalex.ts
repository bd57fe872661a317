/**
 * A person's works from OpenAlex (https://docs.openalex.org): the author is resolved first
 * (`/authors/orcid:<ORCID>` or `/authors/<A…>`, which answers 404 for an unknown id, where a
 * works filter would answer an empty list), then `/works?filter=author.id:<A…>` is read with
 * cursor paging (`cursor=*`, then `meta.next_cursor` until it is null), 200 works a page.
 * Pages are kept byte for byte: the build step's OpenAlex format reads the API's own page shape.
 */
import { FetchError, shownUrl, type ServiceClient } from './http';
import { normaliseOpenAlex } from '../ingest/ids/normalise';

export type OpenAlexAuthor = { kind: 'orcid'; orcid: string } | { kind: 'id'; id: string };

/** The most a page holds (docs: `per-page` between 1 and 200). */
export const PER_PAGE = 200;

/** 250 pages are 50,000 works: far past any person, so more means the paging went wrong. */
export const MAX_PAGES = 250;

export interface OpenAlexPage {
  body: Buffer;
  works: number;
}

export interface OpenAlexDownload {
  /** The OpenAlex author id the works were filtered by. */
  authorId: string;
  name?: string;
  /** `meta.count` of the first page: what OpenAlex says the author has. */
  count?: number;
  works: number;
  pages: number;
}

function describe(author: OpenAlexAuthor): string {
  return author.kind === 'orcid' ? `ORCID ${author.orcid}` : `author ${author.id}`;
}

/** The id as it appears in the file names: the ORCID or the `A…` id, as the user gave it. */
export function openAlexLabel(author: OpenAlexAuthor): string {
  return author.kind === 'orcid' ? author.orcid : author.id;
}

function withMailto(url: URL, mailto: string | undefined): string {
  if (mailto) url.searchParams.set('mailto', mailto);
  return url.toString();
}

function parseJson(body: Buffer, what: string, url: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new FetchError(
      `OpenAlex answered ${shownUrl(url)} with something that is not JSON (${what} expected): check ATLAS_OPENALEX_URL`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function resolveAuthor(
  client: ServiceClient,
  base: string,
  author: OpenAlexAuthor,
  mailto: string | undefined,
): Promise<{ id: string; name?: string }> {
  const ref = author.kind === 'orcid' ? `orcid:${author.orcid}` : author.id;
  const url = withMailto(new URL(`${base}/authors/${ref}`), mailto);
  let answer;
  try {
    answer = await client.get(url);
  } catch (error) {
    if (error instanceof FetchError && error.status === 404)
      throw new FetchError(
        author.kind === 'orcid'
          ? `OpenAlex answered 404 for ORCID ${author.orcid}: OpenAlex knows no author with it; check it on https://orcid.org/${author.orcid}, or find the author on https://openalex.org and give --openalex A…`
          : `OpenAlex answered 404 for author ${author.id}: check the id on https://openalex.org/${author.id}, or give --orcid instead`,
        404,
      );
    throw error;
  }
  const record = parseJson(answer.body, 'an author', url);
  const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
  const authorId = normaliseOpenAlex(id, 'A');
  if (!authorId || !isObject(record))
    throw new FetchError(
      `OpenAlex answered ${shownUrl(url)} without an author id: check ATLAS_OPENALEX_URL`,
    );
  const name = typeof record.display_name === 'string' ? record.display_name : undefined;
  return name === undefined ? { id: authorId } : { id: authorId, name };
}

/**
 * Downloads every works page of `author`, handing each to `save` as it arrives (numbered from
 * 1). A last page with no works (cursor paging ends with one) is not saved unless it is the only one.
 */
export async function downloadOpenAlex(
  client: ServiceClient,
  base: string,
  author: OpenAlexAuthor,
  mailto: string | undefined,
  save: (page: OpenAlexPage, n: number) => void,
): Promise<OpenAlexDownload> {
  const resolved = await resolveAuthor(client, base, author, mailto);
  const download: OpenAlexDownload = { authorId: resolved.id, works: 0, pages: 0 };
  if (resolved.name !== undefined) download.name = resolved.name;

  let cursor: string | null = '*';
  const seen = new Set<string>();
  let saved = 0;
  for (let fetched = 0; cursor !== null; fetched++) {
    if (fetched >= MAX_PAGES)
      throw new FetchError(
        `OpenAlex gave more than ${MAX_PAGES} pages of works for ${describe(author)}: stopped; is this one person?`,
      );
    seen.add(cursor);
    const url = new URL(`${base}/works`);
    url.searchParams.set('filter', `author.id:${resolved.id}`);
    url.searchParams.set('per-page', String(PER_PAGE));
    url.searchParams.set('cursor', cursor);
    const pageUrl = withMailto(url, mailto);
    const answer = await client.get(pageUrl);
    const page = parseJson(answer.body, 'a works page', pageUrl);
    const meta = isObject(page) ? page.meta : undefined;
    const results = isObject(page) ? page.results : undefined;
    if (!isObject(meta) || !Array.isArray(results))
      throw new FetchError(
        `OpenAlex answered ${shownUrl(pageUrl)} with JSON that is not a works page (no meta and results): check ATLAS_OPENALEX_URL`,
      );
    if (fetched === 0 && typeof meta.count === 'number') download.count = meta.count;
    const next: unknown = meta.next_cursor;
    if (results.length > 0 || saved === 0) {
      save({ body: answer.body, works: results.length }, ++saved);
      download.works += results.length;
    }
    if (results.length === 0 || next === null || next === undefined) break;
    if (typeof next !== 'string' || seen.has(next))
      throw new FetchError(
        `OpenAlex answered ${shownUrl(pageUrl)} with a next_cursor that does not move on: stopped paging`,
      );
    cursor = next;
  }
  download.pages = saved;
  return download;
}
