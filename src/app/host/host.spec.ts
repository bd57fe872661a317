import { describe, expect, it } from 'vitest';
import type { AtlasCommand } from './commands';
import type { AtlasEvent } from './events';
import { createHostChannel, MAX_QUEUED_COMMANDS } from './host';

const select = (author: string): AtlasCommand => ({ type: 'select-author', author });

describe('createHostChannel', () => {
  it('queues commands until the app connects, then delivers them in order', () => {
    const channel = createHostChannel(() => {});
    channel.send(select('a'));
    channel.send(select('b'));
    const received: AtlasCommand[] = [];
    const disconnect = channel.host.connect((command) => received.push(command));
    channel.send(select('c'));
    expect(received).toEqual([select('a'), select('b'), select('c')]);
    disconnect();
    channel.send(select('d'));
    expect(received).toHaveLength(3);
  });

  it('keeps only the newest commands while waiting', () => {
    const channel = createHostChannel(() => {});
    for (let i = 0; i < MAX_QUEUED_COMMANDS + 5; i++) channel.send(select(String(i)));
    const received: AtlasCommand[] = [];
    channel.host.connect((command) => received.push(command));
    expect(received).toHaveLength(MAX_QUEUED_COMMANDS);
    expect(received[0]).toEqual(select('5'));
  });

  it('announces ready once', () => {
    const events: AtlasEvent[] = [];
    const channel = createHostChannel((event) => events.push(event));
    const ready: AtlasEvent = {
      type: 'ready',
      detail: { authors: 1, papers: 1, links: 0, owners: [], selected: null, pair: null },
    };
    channel.host.emit(ready);
    channel.host.emit(ready);
    channel.host.emit({ type: 'resize', detail: { height: 400 } });
    expect(events.map((e) => e.type)).toEqual(['ready', 'resize']);
    expect(channel.ready).toBe(true);
  });
});
