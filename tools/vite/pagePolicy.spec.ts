import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  APP_POLICIES,
  PAGE_POLICY,
  pagePolicy,
  pagePolicyFor,
  PUBLIC_PAGES,
  STATIC_PAGE_POLICY,
  SVELTE_POLICY,
} from './pagePolicy';

/** Directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const publicPage = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../public/${name}`, import.meta.url)), 'utf8');

describe('the page policy', () => {
  it('runs only script files from the page’s origin: no inline script, no eval', () => {
    const policy = directives(PAGE_POLICY);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(PAGE_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    // A <meta> policy cannot carry these; browsers log an error for them.
    for (const name of ['frame-ancestors', 'report-uri', 'sandbox'])
      expect(policy.has(name)).toBe(false);
  });

  it('requires Trusted Types for scripts, with only the policies the app creates', () => {
    const policy = directives(PAGE_POLICY);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')).toEqual(['coauthor-atlas', 'svelte-trusted-html']);
    expect(directives(STATIC_PAGE_POLICY).get('trusted-types')).toEqual(["'none'"]);
    expect(APP_POLICIES).not.toContain("'allow-duplicates'");
  });

  it('names the policy Svelte really creates', () => {
    const svelte = readFileSync(
      fileURLToPath(
        new URL('../../node_modules/svelte/src/internal/client/dom/reconciler.js', import.meta.url),
      ),
      'utf8',
    );
    expect(svelte).toContain(`createPolicy('${SVELTE_POLICY}'`);
  });

  it('connects to its own origin, plus the origins the build allows', () => {
    expect(directives(PAGE_POLICY).get('connect-src')).toEqual(["'self'"]);
    const allowed = directives(
      pagePolicyFor({ allowedOrigins: ['https://data.lab.example', 'http://127.0.0.1:*'] }),
    );
    expect(allowed.get('connect-src')).toEqual([
      "'self'",
      'https://data.lab.example',
      'http://127.0.0.1:*',
    ]);
  });

  it('is the policy of the static pages shipped beside the app', () => {
    for (const [name, options] of Object.entries(PUBLIC_PAGES)) {
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(
        publicPage(name),
      );
      expect(meta?.[1], name).toBe(pagePolicyFor(options));
      expect(publicPage(name), name).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('goes right after <meta charset>, before any script or style', () => {
    const plugin = pagePolicy();
    const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
    const html = hook.handler(
      '<html><head><meta charset="UTF-8" /><style>a{}</style><script src="x.js"></script></head></html>',
    );
    expect(html).toBe(
      `<html><head><meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}" /><style>a{}</style><script src="x.js"></script></head></html>`,
    );
    expect(() => hook.handler('<html><head></head></html>')).toThrow(/charset/);
  });
});
