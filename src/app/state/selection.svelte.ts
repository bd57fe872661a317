/**
 * Who is selected and what is open from them: the author, the pair whose joint papers are
 * open, the collaboration path's other end, the ego network's depth, the hovered author and
 * the notice about what a link named but the graph lacks. Its own rules only (a pair always
 * holds the selected author, the ego view needs a selection); what needs the graph is decided
 * by the store's actions (store.svelte.ts) before they call these.
 */
import type { EgoDepth } from '../ego/ego';

export type Pair = readonly [string, string];

export class SelectionState {
  selected = $state<string | null>(null);
  pair = $state.raw<Pair | null>(null);
  hovered = $state<string | null>(null);
  /** The other end of the collaboration path from the selected author. */
  pathTarget = $state<string | null>(null);
  /** The ego network of the selected author: 0 = the whole map. */
  egoDepth = $state<0 | EgoDepth>(0);
  /** A message for the reader (an unknown author in a link): shown until dismissed. */
  notice = $state<string | null>(null);

  /**
   * Selects an author (null clears): closes what was open from the previous one, or opens
   * what a link names beside them (a path's other end, a pair holding them).
   */
  select(id: string | null, pathTarget: string | null = null, pair: Pair | null = null): void {
    this.selected = id;
    this.pair = id && pair?.includes(id) ? pair : null;
    this.pathTarget = id ? pathTarget : null;
    this.hovered = null;
    // The ego network follows the selection (a click on a coauthor walks to their network);
    // with nobody selected there is nothing to centre it on.
    if (id === null) this.egoDepth = 0;
  }

  /** Opens a pair; its first author becomes the selection. */
  openPair(pair: Pair): void {
    this.selected = pair[0];
    this.pair = pair;
    this.pathTarget = null;
  }

  closePair(): void {
    this.pair = null;
  }

  /** The collaboration path's other end (null closes it); it replaces an open pair. */
  setPathTarget(target: string | null): void {
    this.pathTarget = this.selected ? target : null;
    if (this.pathTarget !== null) this.pair = null;
  }

  setEgo(depth: 0 | EgoDepth): void {
    this.egoDepth = this.selected ? depth : 0;
  }

  setHovered(id: string | null): void {
    if (this.hovered !== id) this.hovered = id;
  }

  setNotice(text: string | null): void {
    this.notice = text;
  }

  dismissNotice(): void {
    this.notice = null;
  }
}
