import { describe, expect, it, vi } from 'vitest';
import { OLDEST_READABLE_SCHEMA, SCHEMA_VERSION } from '../../model';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';
import { MAX_AUTHORS } from './limits';
import { loadGraphFile, readGraphText } from './loadGraph';

const BASE = 'https://lab.example/network/';

const respond = (body: BodyInit, status = 200, headers: HeadersInit = {}): typeof fetch =>
  (() => Promise.resolve(new Response(body, { status, headers }))) as typeof fetch;

const load = (fetchImpl: typeof fetch, maxBytes?: number) =>
  loadGraphFile('g.json', fetchImpl, { base: BASE, ...(maxBytes ? { maxBytes } : {}) });

describe('loadGraphFile', () => {
  it('returns a valid file', async () => {
    const result = await load(respond(JSON.stringify(fixtureGraphFile())));
    expect(result.ok && result.file.authors.length).toBe(fixtureGraphFile().authors.length);
  });

  it('explains a missing file, and a web page served in its place', async () => {
    expect(await load(respond('not found', 404))).toMatchObject({
      ok: false,
      title: 'No graph file yet',
      message: expect.stringContaining('npm run graph'),
    });
    const page = '<!doctype html><html><body><div id="app"></div></body></html>';
    expect(await load(respond(page, 200, { 'content-type': 'text/html' }))).toMatchObject({
      ok: false,
      title: 'No graph file yet',
      message: expect.stringContaining('sent a web page'),
    });
  });

  it('explains malformed JSON and a malformed file', async () => {
    expect(await load(respond('{oops'))).toMatchObject({
      ok: false,
      title: 'The graph file is malformed',
    });
    const broken = { ...fixtureGraphFile(), authors: [{ id: 1 }] };
    const result = await load(respond(JSON.stringify(broken)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.details?.length).toBeGreaterThan(0);
  });

  it('names a dangling author id of a paper', async () => {
    const file = fixtureGraphFile();
    file.papers[0]!.authors.push('ghost');
    const result = await load(respond(JSON.stringify(file)));
    expect(result).toMatchObject({ ok: false, title: 'The graph file is malformed' });
    expect(!result.ok && result.message).toContain('author "ghost" is not in authors');
  });

  it('explains a newer and an older schema version', async () => {
    const newer = { ...fixtureGraphFile(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(await load(respond(JSON.stringify(newer)))).toMatchObject({
      ok: false,
      title: 'The graph file is newer than this page',
    });
    const older = { ...fixtureGraphFile(), schemaVersion: OLDEST_READABLE_SCHEMA - 1 };
    expect(await load(respond(JSON.stringify(older)))).toMatchObject({
      ok: false,
      title: 'The graph file is out of date',
      message: expect.stringContaining('npm run graph'),
    });
  });

  it('explains a network failure', async () => {
    const failing = (() => Promise.reject(new TypeError('offline'))) as typeof fetch;
    const result = await load(failing);
    expect(!result.ok && result.message).toContain('offline');
  });

  it('refuses addresses that are not http(s) without fetching them', async () => {
    const fetchSpy = vi.fn(respond('{}'));
    for (const address of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:application/json,{}',
      'blob:https://lab.example/1',
      'file:///etc/passwd',
      '',
    ]) {
      const result = await loadGraphFile(address, fetchSpy as typeof fetch, { base: BASE });
      expect(result, address).toMatchObject({
        ok: false,
        title: 'The graph file address is not usable',
      });
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit, declared or streamed, without reading it all', async () => {
    const declared = await load(respond('{}', 200, { 'content-length': '5000' }), 1000);
    expect(declared).toMatchObject({ ok: false, title: 'The graph file is too large' });

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(256).fill(32));
      },
    });
    const streamed = await load(respond(endless), 1000);
    expect(streamed).toMatchObject({ ok: false, title: 'The graph file is too large' });
    expect(!streamed.ok && streamed.message).toContain('larger than');
    expect(pulled).toBeLessThan(10);
  });
});

describe('readGraphText', () => {
  it('validates a graph carried by the page', () => {
    expect(readGraphText(JSON.stringify(fixtureGraphFile())).ok).toBe(true);
    expect(readGraphText('<html>')).toMatchObject({
      ok: false,
      title: 'The graph file is malformed',
    });
  });

  it('refuses a valid file with more authors than the page draws', () => {
    const file = fixtureGraphFile();
    const many = Array.from({ length: MAX_AUTHORS + 1 }, (_, i) => ({
      ...file.authors[0]!,
      id: `a${i}`,
    }));
    expect(
      readGraphText(JSON.stringify({ ...file, authors: [...file.authors, ...many] })),
    ).toMatchObject({ ok: false, title: 'The graph file is too large' });
  });
});
