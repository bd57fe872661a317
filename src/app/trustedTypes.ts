/**
 * The app's one Trusted Types policy, `coauthor-atlas`. The pages we ship require Trusted
 * Types for scripts (tools/vite/pagePolicy.ts), so every script URL handed to a sink must come
 * from a named policy. Ours has one rule, createScriptURL, and it is used by one thing: starting
 * the Louvain worker. It accepts only a script on the origin this code came from, or a
 * `blob:` URL of this document (the worker loader a cross-origin element script makes, the
 * one-file export's inline worker). Svelte brings its own policy (`svelte-trusted-html`) for
 * its templates; KaTeX and sigma build DOM nodes and need none; we assign no HTML anywhere.
 *
 * Without Trusted Types (other browsers, a host page that does not require them) URLs pass
 * through unchanged. A host page that requires them but does not list `coauthor-atlas` makes
 * createPolicy throw: the URL is then passed as it is, the browser refuses the worker, and
 * Louvain runs on the page's thread instead.
 */

export const TRUSTED_TYPES_POLICY = 'coauthor-atlas';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null | undefined;

/** The origin of this code: the page's, or the element script's (a CDN, say). */
const CODE_ORIGIN = URL.canParse(import.meta.url) ? new URL(import.meta.url).origin : 'null';

/** The policy's rule: our own script files and this document's blobs, nothing else. */
export function isOwnScriptUrl(
  url: string,
  // self.origin, not location.origin: a page from disk is `null` (as its blobs), not `file://`.
  documentOrigin: string = (globalThis as { origin?: string }).origin ?? 'null',
  codeOrigin: string = CODE_ORIGIN,
): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (parsed.protocol === 'blob:') return parsed.origin === documentOrigin;
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === codeOrigin
  );
}

function ownPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy =
      factory?.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL(url) {
          if (!isOwnScriptUrl(url)) throw new TypeError(`${url} is not a Coauthor Atlas script`);
          return url;
        },
      }) ?? null;
  } catch (error) {
    console.warn(`Coauthor Atlas: no Trusted Types policy “${TRUSTED_TYPES_POLICY}”`, error);
    policy = null;
  }
  return policy;
}

/** `url` as a TrustedScriptURL where Trusted Types exist, for `new Worker(...)`. */
export function trustedScriptUrl(url: string | URL): string {
  const text = String(url);
  const own = ownPolicy();
  // The sink takes a TrustedScriptURL where it takes a string; DOM typings know only strings.
  return own ? (own.createScriptURL(text) as string) : text;
}

/**
 * `Worker` with its URL made trusted: the one-file build's inline worker (Vite's wrapper)
 * calls `new Worker(blobUrl)`, and its plugin points that name here (tools/vite/singleFileGraph.ts).
 */
export function TrustedWorker(url: string | URL, options?: WorkerOptions): Worker {
  return new Worker(trustedScriptUrl(url), options);
}
