/**
 * Carries out a host's command on the app's store and theme. Names are resolved like links
 * resolve them; an author that is not in the graph clears the selection and shows the notice
 * inside the map (and a console warning for the page's developer), never an exception.
 */
import type { ThemePreference } from '../theme/theme';
import type { AtlasStore } from '../state/store.svelte';
import type { AtlasCommand } from './commands';
import { FILTER_FIELDS } from '../params/schema';
import type { SettingChanges } from '../state/settings.svelte';

export interface ThemeTarget {
  set(preference: ThemePreference): void;
}

export function applyCommand(
  store: AtlasStore,
  theme: ThemeTarget,
  command: AtlasCommand,
  warn: (message: string) => void = (message) => console.warn(`Coauthor Atlas: ${message}`),
): void {
  switch (command.type) {
    case 'select-author': {
      const problems = store.selectByReference(command.author);
      if (problems.length > 0) warn(problems.join(' '));
      return;
    }
    case 'open-pair': {
      const problems = store.selectByReference(command.author, command.with);
      if (problems.length > 0) warn(problems.join(' '));
      return;
    }
    case 'set-filters': {
      // Each field sets the setting its row of the parameter table names.
      const changes: Record<string, unknown> = {};
      for (const [field, key] of FILTER_FIELDS) {
        if (command.filters[field] !== undefined) changes[key] = command.filters[field];
      }
      store.settings.update(changes as SettingChanges);
      return;
    }
    case 'show-path': {
      const problems =
        command.path === null
          ? store.selectByReference(command.author)
          : store.selectByReference(command.author, null, command.path);
      if (problems.length > 0) warn(problems.join(' '));
      return;
    }
    case 'set-ego':
      store.setEgo(command.ego);
      return;
    case 'set-colour': {
      if (command.colour === 'roster' && !store.hasRoster) {
        warn('this graph has no lab roster to colour by');
      }
      store.settings.setColour(command.colour);
      return;
    }
    case 'set-theme':
      theme.set(command.theme);
      return;
    case 'set-view':
      store.settings.setView(command.view);
      return;
  }
}
