import { describe, expect, it, vi } from 'vitest';
import { fetchWithEarlyStart, startGraphFetch } from './earlyFetch';

const BASE = 'https://lab.example/network/';

describe('the early graph fetch', () => {
  it('starts the request at once and hands its response to the first matching load', async () => {
    const sent = new Response('{}');
    const fetchImpl = vi.fn(async () => sent);
    const early = startGraphFetch('graph.json', fetchImpl as unknown as typeof fetch, BASE);
    expect(fetchImpl).toHaveBeenCalledTimes(1);

    const later = vi.fn(async () => new Response('later'));
    const load = fetchWithEarlyStart(early, later as unknown as typeof fetch);
    expect(await load('graph.json')).toBe(sent);
    expect(later).not.toHaveBeenCalled();
    // A second load (a reload, another address) asks the network again.
    await load('graph.json');
    await load('other.json');
    expect(later).toHaveBeenCalledTimes(2);
  });

  it('never requests an address the loader refuses', () => {
    const fetchImpl = vi.fn();
    for (const address of ['javascript:alert(1)', 'data:,{}', ' ', 'file:///etc/passwd']) {
      expect(startGraphFetch(address, fetchImpl as unknown as typeof fetch, BASE)).toBeNull();
    }
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('keeps a failed early request quiet until a load reads it', async () => {
    const failure = new TypeError('offline');
    const early = startGraphFetch(
      'graph.json',
      (() => Promise.reject(failure)) as typeof fetch,
      BASE,
    );
    await expect(fetchWithEarlyStart(early)('graph.json')).rejects.toBe(failure);
  });
});
