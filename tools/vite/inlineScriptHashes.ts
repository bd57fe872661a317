/**
 * The one-file export has exactly one inline script, its module. A Content-Security-Policy
 * can allow it by hash instead of 'unsafe-inline'; the build prints that hash (and the policy
 * the file needs) so a lab serving the file can add the header.
 */
import { createHash } from 'node:crypto';
import { APP_POLICIES, trustedTypesDirectives } from './pagePolicy.ts';

/** `'sha256-…'` sources of every executable inline script (JSON data blocks are not scripts). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue;
    hashes.push(
      `'sha256-${createHash('sha256')
        .update(match[2] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return hashes;
}

/**
 * The policy the exported file carries and works under (styles are injected at run time,
 * workers are blobs, Trusted Types as on the page). It fetches nothing, except a `?data=` on
 * a site the build allowed.
 */
export function singleFilePolicy(html: string, allowedOrigins: readonly string[] = []): string {
  return [
    "default-src 'none'",
    `script-src ${inlineScriptHashes(html).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    'worker-src blob:',
    ...(allowedOrigins.length > 0 ? [`connect-src ${allowedOrigins.join(' ')}`] : []),
    ...trustedTypesDirectives(APP_POLICIES),
  ].join('; ');
}
