/**
 * The seam between a mounted app and whoever embeds it (an iframe's parent page, the
 * `<coauthor-atlas>` element). The app emits events and, once its map is ready, takes
 * commands; commands sent earlier (an attribute changed while the graph was loading) wait in
 * a short queue instead of being lost.
 */
import type { AtlasCommand } from './commands';
import type { AtlasEvent } from './events';

export interface AtlasHost {
  emit(event: AtlasEvent): void;
  /** Starts delivering commands to `handler` (queued ones first); returns a disconnect. */
  connect(handler: (command: AtlasCommand) => void): () => void;
}

export interface HostChannel {
  host: AtlasHost;
  /** Hands a command to the app now, or when it connects. */
  send(command: AtlasCommand): void;
  /** Whether `ready` has been emitted (once per channel: one channel per load). */
  readonly ready: boolean;
}

/** Commands kept while the app is not listening; older ones give way to newer. */
export const MAX_QUEUED_COMMANDS = 32;

/**
 * A host around an `emit` callback. `ready` reaches `emit` at most once, whatever the app
 * does (a remounted map must not announce a second load).
 */
export function createHostChannel(emit: (event: AtlasEvent) => void): HostChannel {
  let handler: ((command: AtlasCommand) => void) | null = null;
  let queue: AtlasCommand[] = [];
  let ready = false;
  return {
    host: {
      emit(event) {
        if (event.type === 'ready') {
          if (ready) return;
          ready = true;
        }
        emit(event);
      },
      connect(next) {
        handler = next;
        const pending = queue;
        queue = [];
        for (const command of pending) next(command);
        return () => {
          if (handler === next) handler = null;
        };
      },
    },
    send(command) {
      if (handler) {
        handler(command);
        return;
      }
      queue.push(command);
      if (queue.length > MAX_QUEUED_COMMANDS) queue = queue.slice(-MAX_QUEUED_COMMANDS);
    },
    get ready() {
      return ready;
    },
  };
}
