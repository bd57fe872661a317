/**
 * Which graph file addresses the page fetches: http(s) only, resolved against the page, and
 * only on the map's own site or one the build allowed (see allowedOrigins.ts). A
 * `javascript:`, `data:`, `blob:` or `file:` address in `?data=` or an element's `src` is
 * refused before any request (nothing runs, nothing is navigated), whatever its case or
 * surrounding whitespace; so is a file on a site nobody allowed.
 */
import { BUILT_IN_ALLOWED_ORIGINS, foreignOriginProblem, ownOrigins } from './allowedOrigins';

const FETCHABLE = new Set(['http:', 'https:']);

/**
 * Why `address` is not a fetchable graph file address at all (not http(s), not an address),
 * or null; where it points is judged by graphAddressProblem.
 */
export function graphAddressFormProblem(address: string, base: string): string | null {
  const trimmed = address.trim();
  if (trimmed === '') return 'the graph file address is empty';
  if (!URL.canParse(trimmed, base)) return `“${address}” is not an address`;
  const url = new URL(trimmed, base);
  if (!FETCHABLE.has(url.protocol)) {
    return `“${address}” is not an http(s) address (graph files are fetched over http or https)`;
  }
  return null;
}

/**
 * Why `address` cannot be the graph file, or null. `base` resolves relative addresses and is
 * the map's own site, with the script's; `allowed` are the other sites the build allows.
 */
export function graphAddressProblem(
  address: string,
  base: string,
  allowed: readonly string[] = BUILT_IN_ALLOWED_ORIGINS,
): string | null {
  const problem = graphAddressFormProblem(address, base);
  if (problem) return problem;
  return foreignOriginProblem(new URL(address.trim(), base), ownOrigins(base), allowed);
}

/** The base for relative addresses: the document's, or a neutral http one outside a page. */
export function pageBase(): string {
  return globalThis.document?.baseURI ?? 'https://page.invalid/';
}
