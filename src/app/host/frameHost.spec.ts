import { describe, expect, it } from 'vitest';
import type { AtlasCommand } from './commands';
import { connectToParentFrame, type FrameWindow } from './frameHost';
import { PROTOCOL, PROTOCOL_VERSION } from './protocol';

/** A framed window whose parent records what it is sent. */
function fakeFrame() {
  const posted: { message: unknown; target: string }[] = [];
  const parent = {
    postMessage: (message: unknown, target: string) => posted.push({ message, target }),
  };
  let listener: ((event: MessageEvent) => void) | null = null;
  const win: FrameWindow = {
    parent: parent as unknown as Window,
    addEventListener: (_type, next) => (listener = next),
    removeEventListener: () => (listener = null),
  };
  const deliver = (data: unknown, origin: string, source: unknown = parent) =>
    listener?.({ data, origin, source } as unknown as MessageEvent);
  return { win, parent, posted, deliver, listening: () => listener !== null };
}

const select = {
  protocol: PROTOCOL,
  version: PROTOCOL_VERSION,
  type: 'select-author',
  author: 'a',
};
const LAB = 'https://lab.example';

describe('connectToParentFrame', () => {
  it('is not needed on a page that is not framed', () => {
    const self = {
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as FrameWindow & { parent: unknown };
    (self as { parent: unknown }).parent = self;
    expect(connectToParentFrame(self, [LAB])).toBeNull();
  });

  it('accepts commands from trusted origins only, and warns about the rest', () => {
    const frame = fakeFrame();
    const warnings: string[] = [];
    const connection = connectToParentFrame(frame.win, [LAB], (w) => warnings.push(w))!;
    const received: AtlasCommand[] = [];
    connection.host.connect((command) => received.push(command));

    frame.deliver(select, LAB);
    expect(received).toEqual([{ type: 'select-author', author: 'a' }]);

    frame.deliver(select, 'https://evil.example');
    frame.deliver(select, LAB, {}); // right origin, but not the parent window
    frame.deliver({ ...select, type: 'format-disk' }, LAB);
    frame.deliver({ hello: 'world' }, LAB);
    frame.deliver({ hello: 'world' }, 'https://evil.example'); // someone else's chatter: silent
    expect(received).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringMatching(/evil\.example.*not a trusted origin/),
      expect.stringMatching(/did not come from the parent page/),
      expect.stringMatching(/unknown command type/),
      expect.stringMatching(/not a coauthor-atlas command/),
    ]);

    connection.disconnect();
    expect(frame.listening()).toBe(false);
  });

  it('applies a command with a stray field, and names the field', () => {
    const frame = fakeFrame();
    const warnings: string[] = [];
    const connection = connectToParentFrame(frame.win, [LAB], (w) => warnings.push(w))!;
    const received: AtlasCommand[] = [];
    connection.host.connect((command) => received.push(command));
    frame.deliver({ ...select, colour: 'red' }, LAB);
    expect(received).toEqual([{ type: 'select-author', author: 'a' }]);
    expect(warnings).toEqual([
      expect.stringMatching(/ignored “colour” in a select-author message/),
    ]);
  });

  it('trusts nobody by default', () => {
    const frame = fakeFrame();
    const warnings: string[] = [];
    const connection = connectToParentFrame(frame.win, [], (w) => warnings.push(w))!;
    const received: AtlasCommand[] = [];
    connection.host.connect((command) => received.push(command));
    frame.deliver(select, LAB);
    expect(received).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('sends selections to trusted origins, and sizing to any parent', () => {
    const frame = fakeFrame();
    const { host } = connectToParentFrame(frame.win, [LAB, 'http://127.0.0.1:3000'])!;
    host.emit({ type: 'author-select', detail: { id: 'a', name: 'Ada', papers: 3 } });
    host.emit({ type: 'resize', detail: { height: 500 } });
    expect(frame.posted).toEqual([
      {
        message: {
          protocol: PROTOCOL,
          version: PROTOCOL_VERSION,
          type: 'author-select',
          detail: { id: 'a', name: 'Ada', papers: 3 },
        },
        target: LAB,
      },
      expect.objectContaining({ target: 'http://127.0.0.1:3000' }),
      {
        message: {
          protocol: PROTOCOL,
          version: PROTOCOL_VERSION,
          type: 'resize',
          detail: { height: 500 },
        },
        target: '*',
      },
    ]);
  });
});
