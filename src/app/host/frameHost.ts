/**
 * The iframe embed's side of the host API (see protocol.ts): commands from the parent page,
 * accepted only from trusted origins, and events posted back. What the reader selects goes to
 * trusted origins only; `ready`, `resize` and `load-error` say nothing about the reader and go
 * to any parent, so a host can size the frame without configuring anything.
 */
import type { AtlasEvent } from './events';
import { createHostChannel, type AtlasHost } from './host';
import { claimsProtocol, eventMessage, parseIncomingMessage, unknownFields } from './protocol';
import { isTrusted } from './trust';

/** The parts of `window` this module uses (a fake one in unit tests). */
export interface FrameWindow {
  readonly parent: Pick<Window, 'postMessage'> | null;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface FrameConnection {
  host: AtlasHost;
  disconnect(): void;
}

const PUBLIC_EVENTS: ReadonlySet<AtlasEvent['type']> = new Set(['ready', 'resize', 'load-error']);

/** Connects to the parent page; null when the page is not framed (nobody to talk to). */
export function connectToParentFrame(
  win: FrameWindow,
  trustedOrigins: readonly string[],
  warn: (message: string) => void = (message) => console.warn(`Coauthor Atlas: ${message}`),
): FrameConnection | null {
  const parent = win.parent;
  if (!parent || parent === (win as unknown)) return null;

  const channel = createHostChannel((event) => {
    const message = eventMessage(event);
    const targets = PUBLIC_EVENTS.has(event.type) ? ['*'] : trustedOrigins;
    for (const target of targets) parent.postMessage(message, target);
  });

  const onMessage = (event: MessageEvent) => {
    const trusted = isTrusted(event.origin, trustedOrigins);
    // Other scripts' messages (extensions, analytics) are not ours to judge, unless a trusted
    // host sent them: then it expects them to do something, and hears why they did not.
    if (!trusted) {
      if (claimsProtocol(event.data)) {
        warn(
          `ignored a message from ${event.origin || 'an unknown origin'}: it is not a trusted origin (add it to the trust= parameter)`,
        );
      }
      return;
    }
    if (event.source !== parent) {
      warn(`ignored a message from ${event.origin}: it did not come from the parent page`);
      return;
    }
    const incoming = parseIncomingMessage(event.data);
    if (incoming.kind === 'command') {
      const extra = unknownFields(event.data);
      if (extra.length > 0) {
        warn(
          `ignored ${extra.map((key) => `“${key}”`).join(', ')} in a ${incoming.command.type} message: not a field of that command`,
        );
      }
      channel.send(incoming.command);
    } else if (incoming.kind === 'invalid') warn(`ignored a message: ${incoming.reason}`);
    else warn(`ignored a message from ${event.origin}: it is not a coauthor-atlas command`);
  };
  win.addEventListener('message', onMessage);

  return {
    host: channel.host,
    disconnect: () => win.removeEventListener('message', onMessage),
  };
}
