/**
 * What a host can ask of a mounted map, whatever the channel: a changed attribute of
 * `<coauthor-atlas>`, a method call on it, or a postMessage from the page around an iframe.
 * Every channel turns its input into one of these (validated); applyCommand.ts carries it out.
 */
import type { CountingMode } from '../filters/counting';
import type { EgoDepth } from '../ego/ego';
import type { ThemePreference } from '../theme/theme';
import type { ColourMode, ViewMode } from '../params/url';

/** Filter changes, named like the URL parameters; a field left out is left as it is. */
export interface FilterChanges {
  /** First year shown; null removes the bound. */
  from?: number | null;
  /** Last year shown; null removes the bound. */
  to?: number | null;
  /** Minimum joint papers for a link to be drawn (1 or more). */
  minJoint?: number;
  hideOwner?: boolean;
  /** Louvain resolution (0.1–3). */
  resolution?: number;
  /** How joint papers add up to link weights. */
  counting?: CountingMode;
  /** Only lab members and the links between them (a graph with a roster). */
  internal?: boolean;
  /** The timeline's year (the network as of then); null turns the timeline off. */
  year?: number | null;
}

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
