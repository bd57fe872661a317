/**
 * The "Review names" endpoint, one request handler shared by `coauthor-atlas serve`
 * (src/package/serve.ts) and the Vite dev server (tools/vite/reviewServer.ts):
 *
 *   GET  ./__atlas/review           200 JSON: the token, the likely duplicates and paper merges
 *                                    of the last build's report (the page shows its write
 *                                    buttons only when this answers)
 *   POST ./__atlas/review/decision  a decision as JSON; written into <input folder>/aliases.json,
 *                                    then the graph is rebuilt; answers what changed
 *
 * Writes come only from the server's own page: a loopback Host, an Origin equal to it,
 * `Sec-Fetch-Site: same-origin` when the browser sends it, `Content-Type: application/json`, and
 * the per-run token the GET gave. The file written is always `<input folder>/aliases.json`: the
 * request never names a path, and a body with any field besides the decision's is refused.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { applyDecision, type ReviewDecision } from '../aliasEdit.ts';

export const REVIEW_PATH = '/__atlas/review';
export const TOKEN_HEADER = 'x-atlas-review-token';
const MAX_BODY = 16 * 1024;

export interface RebuildOutcome {
  ok: boolean;
  /** One line for the page: what the build said, or why it failed. */
  message: string;
}

export interface ReviewServerOptions {
  /** The input folder: its aliases.json is the only file ever written. */
  inputFolder: string;
  /** The last build's report (parsed JSON), or undefined before the first. */
  readReport: () => unknown;
  /** Rebuilds the graph file after the alias file changed. */
  rebuild: () => Promise<RebuildOutcome> | RebuildOutcome;
  /** Told before the alias file is written (serve mutes its watcher for it). */
  beforeWrite?: (file: string) => void;
  token?: string;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/i;

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

const NAME = (v: unknown): v is string =>
  typeof v === 'string' && v.trim().length > 0 && v.length <= 200 && !/[\p{Cc}]/u.test(v);
const ENTRY = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 300 && /^[^\p{Cc}]+:\d+$/u.test(v);
const pairOf = (v: unknown, check: (x: unknown) => x is string): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && v.every(check) && v[0] !== v[1];

/** The decision in a request body, or why it is refused. Any field not of the decision is refused. */
export function parseDecision(body: unknown): ReviewDecision | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'not an object';
  const record = body as Record<string, unknown>;
  const allowed: Record<string, string[]> = {
    'same-person': ['kind', 'names'],
    'different-people': ['kind', 'names'],
    split: ['kind', 'name', 'spelling'],
    'same-paper': ['kind', 'entries'],
    'distinct-papers': ['kind', 'entries'],
  };
  const kind = record['kind'];
  if (typeof kind !== 'string' || !Object.hasOwn(allowed, kind)) return 'unknown decision';
  const extra = Object.keys(record).filter((k) => !allowed[kind]!.includes(k));
  if (extra.length > 0) return `unexpected field ${JSON.stringify(extra[0])}`;
  switch (kind) {
    case 'same-person':
    case 'different-people':
      return pairOf(record['names'], NAME) ? { kind, names: record['names'] } : 'bad names';
    case 'split':
      return NAME(record['name']) &&
        NAME(record['spelling']) &&
        record['name'] !== record['spelling']
        ? { kind, name: record['name'], spelling: record['spelling'] }
        : 'bad name or spelling';
    default:
      return pairOf(record['entries'], ENTRY)
        ? { kind: kind as 'same-paper' | 'distinct-papers', entries: record['entries'] }
        : 'bad entries (two "file:line")';
  }
}

/** Why a write request is not from the server's own page, or undefined when it is. */
export function refuseWrite(request: IncomingMessage, token: string): string | undefined {
  const host = request.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) return 'not a loopback host';
  const origin = request.headers.origin;
  if (origin !== `http://${host}`) return 'foreign or missing Origin';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return `Sec-Fetch-Site ${String(site)}`;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return 'not JSON';
  if (request.headers[TOKEN_HEADER] !== token) return 'wrong or missing token';
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function reviewData(report: unknown): Record<string, unknown> {
  const r = (report ?? {}) as Record<string, unknown>;
  return {
    likelyDuplicates: r['likelyDuplicates'] ?? [],
    paperMerges: r['paperMerges'] ?? [],
    papersKeptApart: r['papersKeptApart'] ?? [],
  };
}

export function createReviewHandler(options: ReviewServerOptions): Handler {
  const token = options.token ?? randomBytes(18).toString('base64url');
  const aliasFile = path.join(path.resolve(options.inputFolder), 'aliases.json');
  let busy = false;
  return async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const at = pathname.indexOf(REVIEW_PATH);
    if (at < 0) return false;
    const route = pathname.slice(at + REVIEW_PATH.length);
    if (route !== '' && route !== '/decision') return false;
    if (!LOOPBACK_HOST.test(request.headers.host ?? '')) {
      send(response, 403, { error: 'not a loopback host' });
      return true;
    }
    if (route === '') {
      if (request.method !== 'GET') {
        send(response, 405, { error: 'GET only' });
        return true;
      }
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        send(response, 403, { error: 'not the page of this server' });
        return true;
      }
      send(response, 200, {
        version: 1,
        token,
        aliasFile: `${path.basename(options.inputFolder)}/aliases.json`,
        aliasFileExists: existsSync(aliasFile),
        ...reviewData(options.readReport()),
      });
      return true;
    }
    if (request.method !== 'POST') {
      send(response, 405, { error: 'POST only' });
      return true;
    }
    const refused = refuseWrite(request, token);
    if (refused) {
      send(response, 403, { error: refused });
      return true;
    }
    const text = await readBody(request);
    if (text === undefined) {
      send(response, 413, { error: 'body too large' });
      return true;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      send(response, 400, { error: 'not valid JSON' });
      return true;
    }
    const decision = parseDecision(body);
    if (typeof decision === 'string') {
      send(response, 400, { error: decision });
      return true;
    }
    if (busy) {
      send(response, 409, { error: 'a rebuild is running; try again' });
      return true;
    }
    busy = true;
    try {
      const before = existsSync(aliasFile) ? readFileSync(aliasFile, 'utf8') : undefined;
      let after: string;
      try {
        after = applyDecision(before, decision);
      } catch (error) {
        send(response, 409, { error: `${aliasFile}: ${(error as Error).message}` });
        return true;
      }
      options.beforeWrite?.(aliasFile);
      const temporary = `${aliasFile}.${process.pid}.tmp`;
      writeFileSync(temporary, after);
      renameSync(temporary, aliasFile);
      const outcome = await options.rebuild();
      if (!outcome.ok && before !== undefined) {
        // A decision the build cannot read (it should not happen) must not break the map.
        writeFileSync(aliasFile, before);
      }
      send(response, outcome.ok ? 200 : 500, {
        ok: outcome.ok,
        message: outcome.message,
        aliasFile: `${path.basename(options.inputFolder)}/aliases.json`,
        ...reviewData(options.readReport()),
      });
    } finally {
      busy = false;
    }
    return true;
  };
}
