/** What the map renderer offers the exports (set by render/ExportBridge.svelte). */
import type { MapDrawing } from './svg';

export interface MapCapture {
  /** The current view as a PNG, at twice the device's pixel ratio or more. */
  png(): Promise<Blob>;
  /** The current view as shapes, for the SVG. */
  drawing(title: string): Promise<MapDrawing>;
}
