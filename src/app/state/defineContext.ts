/**
 * One typed context helper for everything a mounted app shares with the components below it
 * (the store, the theme, the Sigma instance): each app has its own, so several apps can live
 * on one page. `use()` outside a provider throws, naming what is missing.
 */
import { getContext, hasContext, setContext } from 'svelte';

export interface AppContext<T> {
  /** Shares `value` with this component's descendants; returns it. */
  provide(value: T): T;
  /** The nearest provided value. */
  use(): T;
  /** Whether a value is provided above this component. */
  has(): boolean;
}

export function defineContext<T>(name: string): AppContext<T> {
  const key = Symbol(`coauthor-atlas/${name}`);
  return {
    provide: (value) => setContext(key, value),
    use() {
      if (!hasContext(key)) throw new Error(`no ${name} here: use it inside an atlas app`);
      return getContext<T>(key);
    },
    has: () => hasContext(key),
  };
}
