import { describe, expect, it } from 'vitest';
import { detectCommunities, type CommunityInput } from './louvain';
import { unpackLouvainRequest, type LouvainRequest, type LouvainResponse } from './louvainMessages';
import { LOUVAIN_MEASURE, SupersededRun, createWorkerRunner } from './clustering';

const input: CommunityInput = {
  nodes: ['a', 'b', 'c', 'd'],
  edges: [
    { source: 'a', target: 'b', weight: 2 },
    { source: 'c', target: 'd', weight: 2 },
    { source: 'b', target: 'c', weight: 0.1 },
  ],
};

/** A stand-in for a Web Worker: answers asynchronously with the real Louvain, or fails to load. */
class FakeWorker {
  onmessage: ((event: MessageEvent<LouvainResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly broken = false) {}
  postMessage(request: LouvainRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (this.broken) {
        this.onerror?.({ preventDefault() {} } as ErrorEvent);
        return;
      }
      const partition = detectCommunities(unpackLouvainRequest(request), request.options);
      this.onmessage?.({ data: { id: request.id, partition } } as MessageEvent<LouvainResponse>);
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the worker runner', () => {
  it('returns what Louvain in the page would, and measures the run', async () => {
    const runner = createWorkerRunner(() => new FakeWorker() as unknown as Worker);
    const before = performance.getEntriesByName(LOUVAIN_MEASURE).length;
    await expect(runner(input, { resolution: 1 })).resolves.toEqual(
      detectCommunities(input, { resolution: 1 }),
    );
    expect(performance.getEntriesByName(LOUVAIN_MEASURE).length).toBe(before + 1);
  });

  it('stops a superseded run instead of queueing behind it', async () => {
    const workers: FakeWorker[] = [];
    const runner = createWorkerRunner(() => {
      workers.push(new FakeWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const first = runner(input, { resolution: 1 });
    await new Promise((r) => setTimeout(r, 1));
    const second = runner(input, { resolution: 2 });
    await expect(first).rejects.toBeInstanceOf(SupersededRun);
    await expect(second).resolves.toMatchObject({ count: expect.any(Number) });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('falls back to the page thread when the worker cannot load', async () => {
    const runner = createWorkerRunner(() => new FakeWorker(true) as unknown as Worker);
    await expect(runner(input, { resolution: 1 })).resolves.toEqual(
      detectCommunities(input, { resolution: 1 }),
    );
    await expect(runner(input, { resolution: 1 })).resolves.toEqual(
      detectCommunities(input, { resolution: 1 }),
    );
  });
});
