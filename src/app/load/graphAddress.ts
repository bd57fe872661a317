/**
 * Which graph file addresses the page fetches: http(s) only, resolved against the page. A
 * `javascript:`, `data:`, `blob:` or `file:` address in `?data=` or an element's `src` is
 * refused before any request (nothing runs, nothing is navigated), whatever its case or
 * surrounding whitespace.
 */

const FETCHABLE = new Set(['http:', 'https:']);

/** Why `address` cannot be the graph file, or null. `base` resolves relative addresses. */
export function graphAddressProblem(address: string, base: string): string | null {
  const trimmed = address.trim();
  if (trimmed === '') return 'the graph file address is empty';
  if (!URL.canParse(trimmed, base)) return `“${address}” is not an address`;
  const url = new URL(trimmed, base);
  if (!FETCHABLE.has(url.protocol)) {
    return `“${address}” is not an http(s) address (graph files are fetched over http or https)`;
  }
  return null;
}

/** The base for relative addresses: the document's, or a neutral http one outside a page. */
export function pageBase(): string {
  return globalThis.document?.baseURI ?? 'https://page.invalid/';
}
