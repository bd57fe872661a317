/**
 * What a host can ask of a mounted map, whatever the channel: a changed attribute of
 * `<coauthor-atlas>`, a method call on it, or a postMessage from the page around an iframe.
 * Every channel turns its input into one of these (validated); applyCommand.ts carries it out.
 */
import type { EgoDepth } from '../ego/ego';
import type { ColourMode, ViewMode } from '../params/values';
import type { ThemePreference } from '../theme/theme';

/** Filter changes, named like the URL parameters (see params/schema.ts); a field left out is left as it is. */
export type { FilterChanges } from '../params/schema';
import type { FilterChanges } from '../params/schema';

export type AtlasCommand =
  /** Select an author by id, name or alias; null clears the selection. */
  | { type: 'select-author'; author: string | null }
  /** Open the joint papers of two authors (ids, names or aliases). */
  | { type: 'open-pair'; author: string; with: string }
  | { type: 'set-filters'; filters: FilterChanges }
  | { type: 'set-theme'; theme: ThemePreference }
  | { type: 'set-view'; view: ViewMode }
  /** The collaboration path from `author` to `path` (ids, names or aliases); null closes it. */
  | { type: 'show-path'; author: string; path: string | null }
  /** The ego network of the selected author: 1 or 2 steps; 0 shows the whole map. */
  | { type: 'set-ego'; ego: 0 | EgoDepth }
  /** Node colours: communities, or the lab roster (member, alumnus, external). */
  | { type: 'set-colour'; colour: ColourMode };

export type CommandType = AtlasCommand['type'];

export const COMMAND_TYPES: readonly CommandType[] = [
  'select-author',
  'open-pair',
  'set-filters',
  'set-theme',
  'set-view',
  'show-path',
  'set-ego',
  'set-colour',
];
