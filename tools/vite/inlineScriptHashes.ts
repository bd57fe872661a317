/**
 * The one-file export has exactly one inline script, its module. A Content-Security-Policy
 * can allow it by hash instead of 'unsafe-inline'; the build prints that hash (and the policy
 * the file needs) so a lab serving the file can add the header.
 */
import { createHash } from 'node:crypto';

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

/** A policy the exported file works under (styles are injected at run time, workers are blobs). */
export function singleFilePolicy(html: string): string {
  return [
    "default-src 'none'",
    `script-src ${inlineScriptHashes(html).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    'worker-src blob:',
  ].join('; ');
}
