/**
 * Which sites a map loads graph files from. By default only its own: the page's (for the
 * element, the host page's) and the one its script came from, so a link such as
 * `?data=https://elsewhere.example/fake.json` cannot show a graph someone else wrote under
 * the lab's address. A site opens others at build time: `ATLAS_ALLOWED_ORIGINS` (origins
 * separated by commas or spaces; a port may be `*`) is read by the Vite build, compiled into
 * the page (here) and into its Content-Security-Policy's `connect-src` (tools/vite/pagePolicy.ts).
 */

declare const __ATLAS_ALLOWED_ORIGINS__: readonly string[] | undefined;

/** The origins this build was allowed to load from besides its own (none by default). */
export const BUILT_IN_ALLOWED_ORIGINS: readonly string[] =
  typeof __ATLAS_ALLOWED_ORIGINS__ === 'undefined' ? [] : __ATLAS_ALLOWED_ORIGINS__;

export const ALLOWED_ORIGINS_VARIABLE = 'ATLAS_ALLOWED_ORIGINS';

const ORIGIN = /^(https?):\/\/([^/?#:@*\s]+)(?::(\d{1,5}|\*))?\/?$/i;

/**
 * The origins listed in `text` (the variable's value), normalised (`https://lab.example`,
 * `http://127.0.0.1:*`). Throws on anything that is not one, naming it: a path, a bare `*`
 * or a typo must fail the build, not silently open or close the page.
 */
export function parseAllowedOrigins(text: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (text ?? '').split(/[\s,]+/).filter((e) => e !== '')) {
    const match = ORIGIN.exec(entry);
    if (!match) {
      throw new Error(
        `${ALLOWED_ORIGINS_VARIABLE}: “${entry}” is not an origin (write scheme://host or scheme://host:port; the port may be *)`,
      );
    }
    const [, scheme, host, port] = match;
    const origin =
      port === '*'
        ? `${scheme!.toLowerCase()}://${new URL(`${scheme}://${host}`).hostname}:*`
        : new URL(`${scheme}://${host}${port ? `:${port}` : ''}`).origin;
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

/** Whether `url` is on one of `origins` (entries as parseAllowedOrigins gives them). */
export function onOrigin(url: URL, origins: readonly string[]): boolean {
  return origins.some((origin) => {
    if (!origin.endsWith(':*')) return origin === url.origin;
    const site = new URL(origin.slice(0, -2));
    return site.protocol === url.protocol && site.hostname === url.hostname;
  });
}

/** The map's own sites: where the page (or host page) is, and where this script came from. */
export function ownOrigins(base: string, script: string = import.meta.url): string[] {
  return [base, script]
    .filter((address) => URL.canParse(address))
    .map((address) => new URL(address))
    .filter((url) => url.protocol === 'http:' || url.protocol === 'https:')
    .map((url) => url.origin);
}

/** Why the graph file at `url` is refused for being on another site, or null. */
export function foreignOriginProblem(
  url: URL,
  own: readonly string[],
  allowed: readonly string[] = BUILT_IN_ALLOWED_ORIGINS,
): string | null {
  if (own.includes(url.origin) || onOrigin(url, allowed)) return null;
  return `This map only loads graph files from its own site; ${url.origin} is not allowed. To allow it, build the map with ${ALLOWED_ORIGINS_VARIABLE}=${url.origin} (see “Embedding” in the README); that site must also allow this page with CORS`;
}
