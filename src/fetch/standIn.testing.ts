/**
 * For tests only: a local stand-in for OpenAlex and dblp on 127.0.0.1 (ephemeral port) that
 * answers the documented paths with the fixtures in tests/fixtures/fetch/. It records every
 * request, can be told to fail a path a few times first, answers at most `maxRequests`
 * requests (then 503) and closes itself after `lifetimeMs` if a test forgets to.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../tests/fixtures/fetch',
);

export const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

/** The fixtures' person: one ORCID (a valid checksum), one OpenAlex author, one dblp pid. */
export const PERSON = {
  orcid: '0000-0002-1825-0097',
  authorId: 'A5000000001',
  pid: 't/TaoLin4',
} as const;

const PAGE_1 = fixture('openalex-page-1.json');
const PAGE_2 = fixture('openalex-page-2.json');
const NEXT_CURSOR = (JSON.parse(PAGE_1.toString('utf8')) as { meta: { next_cursor: string } }).meta
  .next_cursor;

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  /** performance.now() when the request arrived. */
  at: number;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  /** Never answer (for timeouts): the socket is left hanging until the server closes. */
  hang?: boolean;
}

export interface StandIn {
  url: string;
  requests: SeenRequest[];
  /** Answer requests whose path starts with `prefix` with these faults first, in order. */
  fail(prefix: string, ...faults: Fault[]): void;
  /** Replace the answer of a path (prefix) for good. */
  route(prefix: string, answer: (req: SeenRequest, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: Buffer | string): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function notFound(res: ServerResponse, what: string): void {
  // OpenAlex's documented error shape.
  send(
    res,
    404,
    'application/json',
    JSON.stringify({ error: 'Not found', message: `${what} not found` }),
  );
}

function standardAnswer(req: SeenRequest, res: ServerResponse): void {
  if (req.path === `/authors/orcid:${PERSON.orcid}` || req.path === `/authors/${PERSON.authorId}`)
    return send(res, 200, 'application/json', fixture('openalex-author.json'));
  if (req.path === '/works') {
    if (req.query.get('filter') !== `author.id:${PERSON.authorId}`)
      return send(
        res,
        200,
        'application/json',
        '{"meta":{"count":0,"next_cursor":null},"results":[]}',
      );
    const cursor = req.query.get('cursor');
    if (cursor === '*') return send(res, 200, 'application/json', PAGE_1);
    if (cursor === NEXT_CURSOR) return send(res, 200, 'application/json', PAGE_2);
    return send(res, 400, 'application/json', '{"error":"Invalid cursor"}');
  }
  if (req.path === `/pid/${PERSON.pid}.xml`)
    return send(res, 200, 'application/xml; charset=utf-8', fixture('dblp-person.xml'));
  notFound(res, req.path);
}

export async function startStandIn(
  options: { maxRequests?: number; lifetimeMs?: number } = {},
): Promise<StandIn> {
  const maxRequests = options.maxRequests ?? 50;
  const requests: SeenRequest[] = [];
  const faults: { prefix: string; queue: Fault[] }[] = [];
  const routes: { prefix: string; answer: (req: SeenRequest, res: ServerResponse) => void }[] = [];
  const hanging = new Set<ServerResponse>();

  const server = createServer((message: IncomingMessage, res: ServerResponse) => {
    const parsed = new URL(message.url ?? '/', 'http://127.0.0.1');
    const req: SeenRequest = {
      path: decodeURIComponent(parsed.pathname),
      query: parsed.searchParams,
      at: performance.now(),
    };
    requests.push(req);
    if (requests.length > maxRequests) return send(res, 503, 'text/plain', 'request cap reached');
    const fault = faults.find((f) => req.path.startsWith(f.prefix) && f.queue.length > 0);
    const next = fault?.queue.shift();
    if (next?.hang) {
      hanging.add(res);
      return;
    }
    if (next) {
      res.writeHead(next.status, { 'Content-Type': 'text/plain', ...next.headers });
      return res.end(`stand-in fault ${next.status}`);
    }
    const route = routes.find((r) => req.path.startsWith(r.prefix));
    (route?.answer ?? standardAnswer)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= new Promise<void>((resolve) => {
      clearTimeout(timer);
      for (const res of hanging) res.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    }));
  const timer = setTimeout(() => void close(), options.lifetimeMs ?? 20_000);
  timer.unref();

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail: (prefix, ...queue) => faults.push({ prefix, queue }),
    route: (prefix, answer) => routes.unshift({ prefix, answer }),
    close,
  };
}
