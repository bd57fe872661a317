/**
 * The Content-Security-Policy of the built page (dist/index.html, which is also the iframe
 * embed) and of the static pages beside it, as a `<meta>` so it holds on any static host
 * without server configuration.
 *
 * - scripts: only files from the page's own origin; no inline script, no eval.
 * - styles: 'unsafe-inline', because Svelte sets style attributes (theme colours, positions)
 *   and KaTeX's stylesheet is injected as a `<style>` element; CSS cannot run script.
 * - connect: any origin, because `?data=` may name a graph file on another site (CORS
 *   decides); the page itself refuses non-http(s) addresses before fetching.
 * - workers: the Louvain worker is a file beside the page.
 * - no frame-ancestors: browsers ignore it in a `<meta>` (and log an error); embedding in
 *   iframes on other sites is the point.
 *
 * Not for the one-file export (its one inline script is allowed by hash, see
 * inlineScriptHashes.ts), nor the dev server (Vite's dev client needs more).
 */
import type { Plugin } from 'vite';

export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  'connect-src *',
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const POLICY_META = `<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}" />`;

/** Puts the policy right after `<meta charset>`, before anything it governs. */
export function pagePolicy(): Plugin {
  return {
    name: 'coauthor-atlas:page-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset=[^>]*>/i;
        if (!charset.test(html))
          throw new Error('index.html needs a <meta charset> first in <head>');
        return html.replace(charset, (tag) => `${tag}\n    ${POLICY_META}`);
      },
    },
  };
}
