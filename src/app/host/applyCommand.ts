/**
 * Carries out a host's command on the app's store and theme. Names are resolved like links
 * resolve them; an author that is not in the graph clears the selection and shows the notice
 * inside the map (and a console warning for the page's developer), never an exception.
 */
import type { ThemePreference } from '../theme/theme';
import type { AtlasStore } from '../state/atlas.svelte';
import type { AtlasCommand } from './commands';

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
      const { from, to, minJoint, hideOwner, resolution, counting, internal, year } =
        command.filters;
      store.setFilters({
        ...(from !== undefined && { yearFrom: from }),
        ...(to !== undefined && { yearTo: to }),
        ...(minJoint !== undefined && { minWeight: minJoint }),
        ...(hideOwner !== undefined && { hideOwner }),
        ...(counting !== undefined && { counting }),
        ...(internal !== undefined && { internalOnly: internal && store.hasRoster }),
      });
      if (resolution !== undefined) store.setResolution(resolution);
      if (year !== undefined) store.setTimelineYear(year);
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
      store.setColour(command.colour);
      return;
    }
    case 'set-theme':
      theme.set(command.theme);
      return;
    case 'set-view':
      store.setView(command.view);
      return;
  }
}
