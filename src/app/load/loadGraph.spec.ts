import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../model';
import { fixtureGraphFile } from '../graph/testing';
import { loadGraphFile, readGraphText } from './loadGraph';

const respond = (body: string, status = 200): typeof fetch =>
  (() => Promise.resolve(new Response(body, { status }))) as typeof fetch;

describe('loadGraphFile', () => {
  it('returns a valid file', async () => {
    const result = await loadGraphFile('g.json', respond(JSON.stringify(fixtureGraphFile())));
    expect(result.ok && result.file.authors.length).toBe(fixtureGraphFile().authors.length);
  });

  it('explains a missing file', async () => {
    const result = await loadGraphFile('g.json', respond('not found', 404));
    expect(result).toMatchObject({ ok: false, title: 'No graph file yet' });
  });

  it('explains malformed JSON and a malformed file', async () => {
    expect(await loadGraphFile('g.json', respond('{oops'))).toMatchObject({
      ok: false,
      title: 'The graph file is malformed',
    });
    const broken = { ...fixtureGraphFile(), authors: [{ id: 1 }] };
    const result = await loadGraphFile('g.json', respond(JSON.stringify(broken)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.details?.length).toBeGreaterThan(0);
  });

  it('explains a newer schema version', async () => {
    const newer = { ...fixtureGraphFile(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(await loadGraphFile('g.json', respond(JSON.stringify(newer)))).toMatchObject({
      ok: false,
      title: 'The graph file is newer than this page',
    });
  });

  it('explains a network failure', async () => {
    const failing = (() => Promise.reject(new TypeError('offline'))) as typeof fetch;
    const result = await loadGraphFile('g.json', failing);
    expect(!result.ok && result.message).toContain('offline');
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
});
