/**
 * Where the URL-like state lives: the address bar for the standalone page, memory for an
 * embedded component. The state module talks only to this interface.
 */

export interface StateLocation {
  /** Current query string (with or without `?`). */
  read(): string;
  /** A new history entry (a new selection: the back button returns to the previous one). */
  push(query: string): void;
  /** Same entry, new state (filters, canonical spellings). */
  replace(query: string): void;
  /** Calls back when the reader navigates (back/forward); returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function windowLocation(win: Window = window): StateLocation {
  const url = (query: string) => `${win.location.pathname}${query}${win.location.hash}`;
  return {
    read: () => win.location.search,
    push: (query) => win.history.pushState(null, '', url(query)),
    replace: (query) => win.history.replaceState(win.history.state, '', url(query)),
    subscribe(listener) {
      win.addEventListener('popstate', listener);
      return () => win.removeEventListener('popstate', listener);
    },
  };
}

/** History kept in memory: embedded use, and tests. */
export function memoryLocation(initial = ''): StateLocation & { entries: string[] } {
  const entries = [initial];
  const listeners = new Set<() => void>();
  return {
    entries,
    read: () => entries.at(-1) ?? '',
    push: (query) => void entries.push(query),
    replace: (query) => void entries.splice(entries.length - 1, 1, query),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
