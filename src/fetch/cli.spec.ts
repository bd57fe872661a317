import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFetchCli, type FetchIo } from './cli';
import type { FetchLimits } from './http';
import { fixture, PERSON, startStandIn, type StandIn } from './standIn.testing';

/** Fast limits for tests: no spacing, short backoff and timeout. */
const FAST: Partial<FetchLimits> = { minIntervalMs: 0, backoffMs: 10, timeoutMs: 2_000 };

let server: StandIn;
let work: string;

beforeEach(async () => {
  server = await startStandIn();
  work = mkdtempSync(path.join(os.tmpdir(), 'atlas-fetch-spec-'));
});

afterEach(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
  sentAt: number[];
}

async function run(argv: string[], extra: Partial<FetchIo> = {}): Promise<Run> {
  const result: Run = { code: -1, stdout: [], stderr: [], sentAt: [] };
  result.code = await runFetchCli(argv, {
    cwd: work,
    env: { ATLAS_OPENALEX_URL: server.url, ATLAS_DBLP_URL: `${server.url}/` },
    stdout: (t) => result.stdout.push(t),
    stderr: (t) => result.stderr.push(t),
    limits: { openalex: FAST, dblp: FAST },
    onRequest: (_url, at) => result.sentAt.push(at),
    ...extra,
  });
  return result;
}

/** Every file of a folder with its bytes, to show a failed fetch left it as it was. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]),
  );
}

const paths = (): string[] => server.requests.map((r) => r.path);

describe('npm run fetch: OpenAlex', () => {
  it('pages through an author’s works by ORCID and writes each page as the server sent it', async () => {
    const { code, stdout, stderr } = await run([
      '--orcid',
      `https://orcid.org/${PERSON.orcid}`,
      '--mailto',
      'lab@example.org',
      '--out',
      'records',
    ]);
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    expect(paths()).toEqual([`/authors/orcid:${PERSON.orcid}`, '/works', '/works']);
    const [, first, second] = server.requests;
    expect(first!.query.get('filter')).toBe(`author.id:${PERSON.authorId}`);
    expect(first!.query.get('per-page')).toBe('200');
    expect(first!.query.get('cursor')).toBe('*');
    const page1 = JSON.parse(fixture('openalex-page-1.json').toString('utf8')) as {
      meta: { next_cursor: string };
    };
    expect(second!.query.get('cursor')).toBe(page1.meta.next_cursor);

    const out = path.join(work, 'records');
    expect(readdirSync(out).sort()).toEqual([
      `openalex-${PERSON.orcid}-1.json`,
      `openalex-${PERSON.orcid}-2.json`,
    ]);
    expect(readFileSync(path.join(out, `openalex-${PERSON.orcid}-1.json`))).toEqual(
      fixture('openalex-page-1.json'),
    );
    expect(readFileSync(path.join(out, `openalex-${PERSON.orcid}-2.json`))).toEqual(
      fixture('openalex-page-2.json'),
    );
    expect(stdout).toEqual([
      `OpenAlex: 3 works of Tao Lin, ${PERSON.authorId} in 2 pages → ${path.join('records', `openalex-${PERSON.orcid}-1.json`)} … openalex-${PERSON.orcid}-2.json`,
    ]);
  });

  it('sends mailto with every OpenAlex request, and none without --mailto', async () => {
    await run(['--openalex', PERSON.authorId, '--mailto', 'lab@example.org', '--out', 'a']);
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests)
      expect(request.query.get('mailto')).toBe('lab@example.org');
    server.requests.length = 0;
    await run(['--openalex', PERSON.authorId, '--out', 'b']);
    expect(server.requests.map((r) => r.query.has('mailto'))).toEqual([false, false, false]);
  });

  it('takes an OpenAlex author id or URL, and names the files by it', async () => {
    const { code, stdout } = await run([
      '--openalex',
      `https://openalex.org/${PERSON.authorId.toLowerCase()}`,
      '--out',
      'out',
    ]);
    expect(code).toBe(0);
    expect(paths()[0]).toBe(`/authors/${PERSON.authorId}`);
    expect(readdirSync(path.join(work, 'out')).sort()).toEqual([
      `openalex-${PERSON.authorId}-1.json`,
      `openalex-${PERSON.authorId}-2.json`,
    ]);
    expect(stdout[0]).toMatch(/^OpenAlex: 3 works of Tao Lin, A5000000001 in 2 pages → /);
  });

  it('does not write the empty page that ends cursor paging, and stops on a null cursor', async () => {
    // As the documentation describes it: the last page with works still has a cursor, the next is empty.
    server.route('/works', (req, res) => {
      const body =
        req.query.get('cursor') === '*'
          ? { meta: { count: 1, per_page: 200, next_cursor: 'c2' }, results: [{ id: 'W1' }] }
          : { meta: { count: 1, per_page: 200, next_cursor: null }, results: [] };
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    const { code, stdout } = await run(['--openalex', PERSON.authorId, '--out', 'out']);
    expect(code).toBe(0);
    expect(server.requests).toHaveLength(3);
    expect(readdirSync(path.join(work, 'out'))).toEqual([`openalex-${PERSON.authorId}-1.json`]);
    expect(stdout[0]).toContain('1 work of Tao Lin, A5000000001 in 1 page → ');
  });

  it('an unknown ORCID: one request (404 is not retried), a message saying what to do, exit 1', async () => {
    const other = '0000-0001-5109-3700';
    const { code, stderr } = await run(['--orcid', other, '--out', 'out']);
    expect(code).toBe(1);
    expect(paths()).toEqual([`/authors/orcid:${other}`]);
    expect(stderr[0]).toBe(
      `error: OpenAlex answered 404 for ORCID ${other}: OpenAlex knows no author with it; check it on https://orcid.org/${other}, or find the author on https://openalex.org and give --openalex A…`,
    );
    expect(stderr[1]).toBe('nothing written: out is as it was');
    expect(existsSync(path.join(work, 'out'))).toBe(false);
  });

  it('replaces the pages of an earlier, longer fetch of the same author and nothing else', async () => {
    const out = path.join(work, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, `openalex-${PERSON.authorId}-1.json`), 'old 1');
    writeFileSync(path.join(out, `openalex-${PERSON.authorId}-3.json`), 'old 3');
    writeFileSync(path.join(out, 'openalex-A999-1.json'), 'someone else');
    writeFileSync(path.join(out, 'lab.bib'), '@misc{x, title={Kept}}');
    expect((await run(['--openalex', PERSON.authorId, '--out', 'out'])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'lab.bib',
      `openalex-${PERSON.authorId}-1.json`,
      `openalex-${PERSON.authorId}-2.json`,
      'openalex-A999-1.json',
    ]);
    expect(readFileSync(path.join(out, `openalex-${PERSON.authorId}-1.json`))).toEqual(
      fixture('openalex-page-1.json'),
    );
    expect(readFileSync(path.join(out, 'openalex-A999-1.json'), 'utf8')).toBe('someone else');
  });
});

describe('npm run fetch: dblp', () => {
  it('writes the person page exactly as the server sent it', async () => {
    const { code, stdout } = await run([
      '--dblp',
      'https://dblp.org/pid/t/TaoLin4.html',
      '--out',
      'out',
    ]);
    expect(code).toBe(0);
    expect(paths()).toEqual(['/pid/t/TaoLin4.xml']);
    expect(readFileSync(path.join(work, 'out', 'dblp-t-TaoLin4.xml'))).toEqual(
      fixture('dblp-person.xml'),
    );
    expect(stdout).toEqual([
      `dblp: 4 records of Tao Lin 0004 → ${path.join('out', 'dblp-t-TaoLin4.xml')}`,
    ]);
  });

  it('an unknown pid: not retried, the message says what to do, exit 1, DIR untouched', async () => {
    const out = path.join(work, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'dblp-t-TaoLin5.xml'), '<dblpperson>earlier</dblpperson>');
    writeFileSync(path.join(out, 'notes.txt'), 'kept');
    const before = snapshot(out);
    const { code, stderr } = await run(['--dblp', 't/TaoLin5', '--out', 'out']);
    expect(code).toBe(1);
    expect(paths()).toEqual(['/pid/t/TaoLin5.xml']);
    expect(stderr[0]).toBe(
      `error: dblp answered 404 for pid t/TaoLin5: check the pid on ${server.url}/pid/t/TaoLin5.html (the part after /pid/ in the person's page address) or drop --dblp`,
    );
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses an answer that is not a person page', async () => {
    server.route('/pid/', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><html><body>Maintenance</body></html>');
    });
    const { code, stderr } = await run(['--dblp', PERSON.pid, '--out', 'out']);
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(/^error: dblp answered .* not a person page/);
    expect(existsSync(path.join(work, 'out'))).toBe(false);
  });
});

describe('npm run fetch: failures and retries', () => {
  it('retries a 500 twice, then takes the 200', async () => {
    server.fail('/pid/', { status: 500 }, { status: 500 });
    const { code, stderr } = await run(['--dblp', PERSON.pid, '--out', 'out']);
    expect(code).toBe(0);
    expect(paths()).toEqual(Array(3).fill('/pid/t/TaoLin4.xml'));
    expect(stderr).toEqual([
      'dblp answered 500; retrying in 10 ms (try 2 of 4)',
      'dblp answered 500; retrying in 20 ms (try 3 of 4)',
    ]);
    expect(readFileSync(path.join(work, 'out', 'dblp-t-TaoLin4.xml'))).toEqual(
      fixture('dblp-person.xml'),
    );
  });

  it('honours Retry-After on a 429', async () => {
    server.fail('/works', { status: 429, headers: { 'Retry-After': '1' } });
    const { code, stderr } = await run(['--openalex', PERSON.authorId, '--out', 'out']);
    expect(code).toBe(0);
    const works = server.requests.filter((r) => r.path === '/works');
    expect(works).toHaveLength(3);
    expect(works[1]!.at - works[0]!.at).toBeGreaterThanOrEqual(990);
    expect(stderr).toEqual(['OpenAlex answered 429; retrying in 1 s (try 2 of 4)']);
  });

  it('does not wait for a Retry-After longer than it allows: fails at once and says so', async () => {
    server.fail('/pid/', { status: 503, headers: { 'Retry-After': '3600' } });
    const { code, stderr } = await run(['--dblp', PERSON.pid, '--out', 'out']);
    expect(code).toBe(1);
    expect(server.requests).toHaveLength(1);
    expect(stderr[0]).toMatch(
      /^error: dblp answered 503 for \S+ and asks to wait 3600 s: try again later$/,
    );
  });

  it('gives up after the last try, says so, and writes nothing, even what already came', async () => {
    const out = path.join(work, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, `openalex-${PERSON.authorId}-1.json`), 'earlier fetch');
    const before = snapshot(out);
    // Page 1 and the dblp page are fine; page 2 fails every time.
    server.route('/works', (req, res) => {
      if (req.query.get('cursor') === '*') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(fixture('openalex-page-1.json'));
      }
      res.writeHead(503);
      res.end();
    });
    const { code, stderr } = await run([
      '--openalex',
      PERSON.authorId,
      '--dblp',
      PERSON.pid,
      '--out',
      'out',
    ]);
    expect(code).toBe(1);
    expect(server.requests.filter((r) => r.path === '/works')).toHaveLength(1 + 4);
    expect(stderr.at(-2)).toMatch(
      /^error: OpenAlex answered 503 for http:\/\/127\.0\.0\.1:\d+\/works\?filter=author\.id%3AA5000000001&per-page=200&cursor=\S+ \(4 tries\): the service is busy or down; try again later$/,
    );
    expect(stderr.at(-1)).toBe('nothing written: out is as it was');
    expect(snapshot(out)).toEqual(before);
  });

  it('a dblp failure after a good OpenAlex download leaves DIR as it was', async () => {
    const { code } = await run(['--orcid', PERSON.orcid, '--dblp', 't/Nobody', '--out', 'out']);
    expect(code).toBe(1);
    expect(paths()).toEqual([
      `/authors/orcid:${PERSON.orcid}`,
      '/works',
      '/works',
      '/pid/t/Nobody.xml',
    ]);
    expect(existsSync(path.join(work, 'out'))).toBe(false);
  });

  it('retries a service that cannot be reached, then says to check the network', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const { code, stderr } = await run(['--dblp', PERSON.pid, '--out', 'out'], {
      env: { ATLAS_DBLP_URL: `http://127.0.0.1:${port}` },
      limits: { dblp: { ...FAST, attempts: 2 } },
    });
    expect(code).toBe(1);
    expect(stderr[0]).toBe(
      'dblp could not be reached (ECONNREFUSED); retrying in 10 ms (try 2 of 2)',
    );
    expect(stderr[1]).toBe(
      `error: dblp could not be reached (ECONNREFUSED) for http://127.0.0.1:${port}/pid/t/TaoLin4.xml (2 tries): check the network connection or the service URL, then try again`,
    );
  });

  it('times out a request that never answers, and retries it', async () => {
    server.fail('/pid/', { status: 0, hang: true });
    const { code, stderr } = await run(['--dblp', PERSON.pid, '--out', 'out'], {
      limits: { dblp: { ...FAST, timeoutMs: 200 } },
    });
    expect(code).toBe(0);
    expect(stderr).toEqual(['dblp did not answer within 200 ms; retrying in 10 ms (try 2 of 4)']);
    expect(server.requests).toHaveLength(2);
  });
});

describe('npm run fetch: rate limit', () => {
  it('spaces requests to a service by at least its limit, retries included', async () => {
    const limit = 120;
    server.fail('/works', { status: 500 });
    const { code, sentAt } = await run(['--openalex', PERSON.authorId, '--out', 'out'], {
      limits: { openalex: { ...FAST, minIntervalMs: limit, backoffMs: 1 } },
    });
    expect(code).toBe(0);
    expect(sentAt).toHaveLength(4);
    for (let i = 1; i < sentAt.length; i++)
      expect(sentAt[i]! - sentAt[i - 1]!).toBeGreaterThanOrEqual(limit);
    // The server sees them spread out too (not to the millisecond: the first request also sets
    // up the connection, and two busy cores add jitter).
    const seen = server.requests.map((r) => r.at);
    for (let i = 2; i < seen.length; i++)
      expect(seen[i]! - seen[i - 1]!).toBeGreaterThanOrEqual(limit / 2);
  });

  it('the default limits are at most 10 requests a second to OpenAlex and 1 to dblp', async () => {
    const { OPENALEX_LIMITS, DBLP_LIMITS } = await import('./http');
    expect(OPENALEX_LIMITS.minIntervalMs).toBeGreaterThanOrEqual(100);
    expect(DBLP_LIMITS.minIntervalMs).toBeGreaterThanOrEqual(1_000);
  });
});

describe('npm run fetch: usage', () => {
  it.each([
    [[], 'nothing to fetch'],
    [['--orcid', PERSON.orcid], '--out DIR is required'],
    [['--orcid', '0000-0002-1825-0098', '--out', 'o'], 'not an ORCID'],
    [['--openalex', 'W2741809807', '--out', 'o'], 'not an OpenAlex author id'],
    [['--dblp', 'Tao Lin', '--out', 'o'], 'not a dblp pid'],
    [['--orcid', PERSON.orcid, '--openalex', PERSON.authorId, '--out', 'o'], 'not both'],
    [['--dblp', PERSON.pid, '--mailto', 'lab', '--out', 'o'], 'not an e-mail address'],
    [['--dblp', PERSON.pid, '--out', 'o', '--out', 'p'], '--out given twice'],
    [['--dblp', '--out', 'o'], '--dblp needs a value'],
    [['--dblp', PERSON.pid, '--out', 'o', '--bogus'], 'unknown option --bogus'],
  ])('%j is a usage error (exit 2), before any request', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr[0]).toContain(message);
    expect(stderr[0]).toContain('Usage: npm run fetch');
    expect(server.requests).toEqual([]);
  });

  it('a base URL that is not http(s) is a usage error', async () => {
    const { code, stderr } = await run(['--dblp', PERSON.pid, '--out', 'o'], {
      env: { ATLAS_DBLP_URL: 'ftp://dblp.example' },
    });
    expect(code).toBe(2);
    expect(stderr[0]).toMatch(/^ATLAS_DBLP_URL=ftp:\/\/dblp\.example: not an http\(s\) URL/);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout[0]).toMatch(/^Usage: npm run fetch -- /);
    expect(stdout[0]).toContain('ATLAS_OPENALEX_URL');
  });
});
