/**
 * The Content-Security-Policy of the built page (dist/index.html, which is also the iframe
 * embed) and of the static pages beside it, as a `<meta>` so it holds on any static host
 * without server configuration.
 *
 * - scripts: only files from the page's own origin; no inline script, no eval.
 * - Trusted Types for scripts: no string reaches an HTML or script sink unless a named policy
 *   made it. The app needs two: `coauthor-atlas` (its worker's script URL, see
 *   src/app/trustedTypes.ts) and `svelte-trusted-html` (Svelte's, for its own templates).
 *   KaTeX and sigma build DOM nodes and need none. A page without script gets `'none'`.
 * - styles: 'unsafe-inline', because Svelte sets style attributes (theme colours, positions)
 *   and KaTeX's stylesheet is injected as a `<style>` element; CSS cannot run script.
 * - connect: the page's own origin plus the origins the build allows (ATLAS_ALLOWED_ORIGINS,
 *   see src/app/load/allowedOrigins.ts), the same list the page checks before fetching.
 * - workers: the Louvain worker is a file beside the page.
 * - no frame-ancestors: browsers ignore it in a `<meta>` (and log an error); embedding in
 *   iframes on other sites is the point.
 *
 * Not for the one-file export (its one inline script is allowed by hash, see
 * inlineScriptHashes.ts), nor the dev server (Vite's dev client needs more).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { TRUSTED_TYPES_POLICY } from '../../src/app/trustedTypes.ts';

/** Svelte's own policy name (svelte/src/internal/client/dom/reconciler.js; a spec checks it). */
export const SVELTE_POLICY = 'svelte-trusted-html';

/** The Trusted Types policies the app creates, and nothing else. */
export const APP_POLICIES = [TRUSTED_TYPES_POLICY, SVELTE_POLICY] as const;

export interface PolicyOptions {
  /** Origins graph files may come from besides the page's own (default none). */
  allowedOrigins?: readonly string[];
  /** Trusted Types policy names the page may create (default the app's; [] for 'none'). */
  trustedTypes?: readonly string[];
}

/** The Trusted Types directives for a page creating `names` (none: `'none'`). */
export function trustedTypesDirectives(names: readonly string[]): string[] {
  return [
    "require-trusted-types-for 'script'",
    `trusted-types ${names.length > 0 ? names.join(' ') : "'none'"}`,
  ];
}

export function pagePolicyFor({
  allowedOrigins = [],
  trustedTypes = APP_POLICIES,
}: PolicyOptions = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...allowedOrigins].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...trustedTypesDirectives(trustedTypes),
  ].join('; ');
}

/** The app page's policy as built without ATLAS_ALLOWED_ORIGINS (also embed-example.html's). */
export const PAGE_POLICY = pagePolicyFor();
/** A page without script (rebuild-graph.html): no Trusted Types policy at all. */
export const STATIC_PAGE_POLICY = pagePolicyFor({ trustedTypes: [] });

/** The static pages shipped beside the app (public/), each with the policy it needs. */
export const PUBLIC_PAGES: Record<string, PolicyOptions> = {
  'embed-example.html': {},
  'rebuild-graph.html': { trustedTypes: [] },
};

const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;

export const policyMeta = (policy: string) =>
  `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/**
 * Puts the policy right after `<meta charset>`, before anything it governs; rewrites the
 * public pages' policies in the output when the build allows other origins.
 */
export function pagePolicy(allowedOrigins: readonly string[] = []): Plugin {
  let outDir = 'dist';
  return {
    name: 'coauthor-atlas:page-policy',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset=[^>]*>/i;
        if (!charset.test(html))
          throw new Error('index.html needs a <meta charset> first in <head>');
        const meta = policyMeta(pagePolicyFor({ allowedOrigins }));
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
    writeBundle() {
      for (const [name, options] of Object.entries(PUBLIC_PAGES)) {
        const file = join(outDir, name);
        if (!existsSync(file)) continue;
        const html = readFileSync(file, 'utf8');
        if (!META.test(html)) throw new Error(`${name} has no Content-Security-Policy to update`);
        const policy = pagePolicyFor({ ...options, allowedOrigins });
        writeFileSync(
          file,
          html.replace(META, (_, start: string, end: string) => `${start}${policy}${end}`),
        );
      }
    },
  };
}
