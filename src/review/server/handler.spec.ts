import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAliasFile } from '../../ingest/people/aliases';
import { applyDecision } from '../aliasEdit';
import { createReviewHandler, refuseWrite, TOKEN_HEADER } from './handler';

let work: string;
let folder: string;
let server: Server;
let base: string;
let rebuilds: number;

beforeEach(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'atlas-review-'));
  folder = path.join(work, 'inputs');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'papers.txt'), 'x');
  rebuilds = 0;
  const handler = createReviewHandler({
    inputFolder: folder,
    token: 'secret',
    readReport: () => ({ likelyDuplicates: [{ names: ['A B', 'B'], ids: ['a', 'b'] }] }),
    rebuild: () => {
      rebuilds++;
      return { ok: true, message: 'Since the last build: −1 person' };
    },
  });
  server = createServer((req, res) => {
    void handler(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/__atlas/review/decision`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: base,
      'sec-fetch-site': 'same-origin',
      [TOKEN_HEADER]: 'secret',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const same = { kind: 'same-person', names: ['Celestine Mendler-Dünner', 'Celestine Dünner'] };

describe('review endpoint', () => {
  it('answers GET with the token and the report items', async () => {
    const response = await fetch(`${base}/__atlas/review`);
    expect(response.status).toBe(200);
    const data = (await response.json()) as Record<string, unknown>;
    expect(data['token']).toBe('secret');
    expect(data['likelyDuplicates']).toHaveLength(1);
    expect(data['aliasFileExists']).toBe(false);
  });

  it.each([
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['a look-alike Origin', { origin: `${'http://127.0.0.1'}:1` }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a form post', { 'content-type': 'text/plain' }],
    ['no token', { [TOKEN_HEADER]: '' }],
  ])('refuses %s with 403 and writes nothing', async (_what, headers) => {
    const response = await post(same, headers);
    expect(response.status).toBe(403);
    expect(readdirSync(folder)).toEqual(['papers.txt']);
    expect(rebuilds).toBe(0);
  });

  it('refuses a rebinding Host (a foreign name for 127.0.0.1)', () => {
    const request = {
      headers: {
        host: 'evil.example:8080',
        origin: 'http://evil.example:8080',
        'content-type': 'application/json',
        [TOKEN_HEADER]: 'secret',
      },
    } as unknown as IncomingMessage;
    expect(refuseWrite(request, 'secret')).toBe('not a loopback host');
  });

  it('refuses a body that names a path, and writes nothing anywhere', async () => {
    for (const body of [
      { ...same, file: '../evil.json' },
      { ...same, aliasFile: '/tmp/x.json' },
      { kind: 'same-person', names: ['../a', 'b'], path: '/etc/passwd' },
    ]) {
      const response = await post(body);
      expect(response.status).toBe(400);
    }
    expect(readdirSync(folder)).toEqual(['papers.txt']);
    expect(readdirSync(work)).toEqual(['inputs']);
  });

  it('writes <input folder>/aliases.json only, in the documented format, and rebuilds', async () => {
    const response = await post(same);
    expect(response.status).toBe(200);
    expect(rebuilds).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(['aliases.json', 'papers.txt']);
    expect(readdirSync(work)).toEqual(['inputs']);
    const text = readFileSync(path.join(folder, 'aliases.json'), 'utf8');
    expect(text).toContain('"Celestine Mendler-Dünner": ["Celestine Dünner"]');
    const table = parseAliasFile('aliases.json', text);
    expect(table.canonical.get('celestine dunner')).toBe('Celestine Mendler-Dünner');
  });
});

describe('alias file edits', () => {
  const seeds = `{
  "version": 1,
  "people": {
    "Celestine Mendler-Dünner": ["Celestine Dünner"],
    "Yatao An Bian": ["An Bian"]
  },
  "distinct": [],
  "note": "kept"
}
`;
  it('keeps what is there, and a split moves the spelling into a distinct pair', () => {
    const text = applyDecision(seeds, {
      kind: 'split',
      name: 'Celestine Mendler-Dünner',
      spelling: 'Celestine Dünner',
    });
    const table = parseAliasFile('a.json', text);
    expect(table.canonical.has('celestine dunner')).toBe(false);
    expect(table.canonical.get('an bian')).toBe('Yatao An Bian');
    expect(table.distinct).toEqual([['Celestine Mendler-Dünner', 'Celestine Dünner']]);
    expect(text).toContain('"note": "kept"');
  });

  it('records paper decisions in the papers section', () => {
    let text = applyDecision(seeds, { kind: 'distinct-papers', entries: ['a.txt:3', 'b.txt:9'] });
    expect(parseAliasFile('a.json', text).papers?.distinct).toEqual([['a.txt:3', 'b.txt:9']]);
    text = applyDecision(text, { kind: 'same-paper', entries: ['b.txt:9', 'a.txt:3'] });
    expect(parseAliasFile('a.json', text).papers).toEqual({
      distinct: [],
      same: [['b.txt:9', 'a.txt:3']],
    });
  });

  it('a same-person decision undoes a distinct pair', () => {
    const apart = applyDecision(seeds, { kind: 'different-people', names: ['A Doe', 'B Doe'] });
    const joined = applyDecision(apart, { kind: 'same-person', names: ['A Doe', 'B Doe'] });
    expect(parseAliasFile('a.json', joined).distinct).toEqual([]);
  });
});
