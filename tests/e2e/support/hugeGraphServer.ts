/**
 * A server for graph files too big to commit or even to hold: the body is generated while it
 * is sent (a valid-looking graph file opening with millions of author entries), and the server
 * counts how much of it the page actually read before it hung up.
 *
 * - `/streamed.json`: `size` bytes, chunked, no Content-Length (as from a CDN that compresses).
 * - `/declared.json`: the same with its Content-Length, so the page can refuse it unread.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HugeGraphServer {
  origin: string;
  /** Bytes written to the socket per path, and whether the client closed before the end. */
  sent: Map<string, { bytes: number; closedEarly: boolean }>;
  close(): Promise<void>;
}

const HEAD = Buffer.from(
  '{"schemaVersion":1,"generator":"huge","owners":[],"sources":[],"authors":[',
);
const TAIL = Buffer.from(
  '{"id":"last","name":"Last","aliases":[],"paperCount":0,"x":0,"y":0}],"papers":[],"unmatched":[]}',
);

/** ~64 KB of author entries, each a valid author record. */
function authorChunk(): Buffer {
  const entries: string[] = [];
  for (let i = 0; entries.join(',').length < 64 * 1024; i++) {
    entries.push(`{"id":"a${i}","name":"Author ${i}","aliases":[],"paperCount":1,"x":${i},"y":0}`);
  }
  return Buffer.from(`${entries.join(',')},`);
}

export async function startHugeGraphServer(size: number): Promise<HugeGraphServer> {
  const chunk = authorChunk();
  const sent = new Map<string, { bytes: number; closedEarly: boolean }>();

  const stream = (path: string, response: ServerResponse) => {
    const record = { bytes: 0, closedEarly: false };
    sent.set(path, record);
    let finished = false;
    response.on('close', () => {
      if (!finished) record.closedEarly = true;
    });
    // Exactly `size` bytes of valid JSON: the head, whole chunks, spaces, the tail.
    const parts = function* (): Generator<Buffer> {
      yield HEAD;
      let bytes = HEAD.byteLength;
      while (bytes + chunk.byteLength + TAIL.byteLength <= size) {
        yield chunk;
        bytes += chunk.byteLength;
      }
      yield Buffer.alloc(size - bytes - TAIL.byteLength, ' ');
      yield TAIL;
    };
    const queue = parts();
    const pump = () => {
      for (let next = queue.next(); !next.done; next = queue.next()) {
        if (record.closedEarly) return;
        record.bytes += next.value.byteLength;
        if (!response.write(next.value)) {
          response.once('drain', pump);
          return;
        }
      }
      finished = true;
      response.end();
    };
    pump();
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
    };
    if (path === '/declared.json') headers['Content-Length'] = String(size);
    if (path !== '/streamed.json' && path !== '/declared.json') {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    response.writeHead(200, headers);
    stream(path, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
