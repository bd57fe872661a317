/** The theme in force: the reader's choice, or the system's when they chose "system". */
import { THEME_STORAGE_KEY } from '../config';
import { THEMES, type Theme, type ThemeName, type ThemePreference } from './theme';

const ORDER: ThemePreference[] = ['system', 'light', 'dark'];

export class ThemeState {
  preference = $state<ThemePreference>('system');
  systemDark = $state(false);
  readonly name: ThemeName = $derived(
    this.preference === 'system' ? (this.systemDark ? 'dark' : 'light') : this.preference,
  );
  readonly theme: Theme = $derived(THEMES[this.name]);
  readonly #persist: boolean;

  constructor(preference: ThemePreference, persist: boolean) {
    this.preference = preference;
    this.#persist = persist;
    if (typeof matchMedia === 'function') {
      this.systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
    }
  }

  /** Follows the system setting while mounted. Call during component initialisation. */
  watchSystem(): void {
    $effect(() => {
      if (typeof matchMedia !== 'function') return;
      const query = matchMedia('(prefers-color-scheme: dark)');
      const update = () => (this.systemDark = query.matches);
      update();
      query.addEventListener('change', update);
      return () => query.removeEventListener('change', update);
    });
  }

  set(preference: ThemePreference): void {
    this.preference = preference;
    if (!this.#persist) return;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, preference);
    } catch {
      // Storage may be unavailable (privacy mode, sandboxed iframe): the choice lasts the visit.
    }
  }

  /** System → light → dark → system. */
  cycle(): void {
    this.set(ORDER[(ORDER.indexOf(this.preference) + 1) % ORDER.length]!);
  }
}
