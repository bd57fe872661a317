/**
 * Signals from the state to the renderer and the panels: centre the camera, frame a path,
 * move keyboard focus into a panel. Each request carries a sequence number, so asking twice
 * for the same thing acts twice. Also what the renderer and the panels lend each other: the
 * map's capture functions (exports) and how much of it the bottom sheet covers.
 */
import type { MapCapture } from '../export/mapCapture';
import type { MapProblem } from '../render/webgl';

export type PanelName = 'details' | 'pair' | 'path';

export class RenderRequests {
  #seq = 0;

  /** Bumped when the camera should centre on an author. */
  camera = $state.raw<{ id: string; seq: number } | null>(null);
  /** Bumped when the camera should frame several authors (a collaboration path). */
  frame = $state.raw<{ ids: readonly string[]; seq: number } | null>(null);
  /** Bumped when keyboard focus should move into a panel. */
  panelFocus = $state.raw<{ panel: PanelName; seq: number } | null>(null);
  /** Pixels of the map covered at the bottom (the bottom sheet on small screens). */
  mapBottomInset = $state(0);
  /** The renderer's capture functions for the PNG and SVG exports, while the map is drawn. */
  mapCapture = $state.raw<MapCapture | null>(null);
  /** Why the map cannot be drawn at all (no WebGL); the list view stands in for it. */
  mapProblem = $state<MapProblem | null>(null);

  centreOn(id: string): void {
    this.camera = { id, seq: ++this.#seq };
  }

  frameAuthors(ids: readonly string[]): void {
    this.frame = { ids, seq: ++this.#seq };
  }

  focusPanel(panel: PanelName): void {
    this.panelFocus = { panel, seq: ++this.#seq };
  }

  setMapBottomInset(pixels: number): void {
    this.mapBottomInset = pixels;
  }

  /** The renderer found it cannot draw here: the panels offer what works without the map. */
  reportMapProblem(problem: MapProblem): void {
    this.mapProblem = problem;
  }

  /** Lends the capture functions; returns how to take them back (for an $effect cleanup). */
  lendCapture(capture: MapCapture): () => void {
    this.mapCapture = capture;
    return () => {
      if (this.mapCapture === capture) this.mapCapture = null;
    };
  }
}
