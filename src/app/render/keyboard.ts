/** Keyboard use of the map itself: pan, zoom, fit, clear the selection. */
import type { AtlasStore } from '../state/store.svelte';
import type { AtlasSigma } from './sigmaContext';

const PAN_FRACTION = 0.1;
const ZOOM_FACTOR = 1.5;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function animationDuration(ms: number): number {
  return prefersReducedMotion() ? 0 : ms;
}

export function handleMapKey(event: KeyboardEvent, sigma: AtlasSigma, store: AtlasStore): void {
  const camera = sigma.getCamera();
  const state = camera.getState();
  // Camera coordinates are in the normalised frame (about 0..1 across the graph); a step is a
  // fraction of what is on screen at this zoom.
  const step = PAN_FRACTION * state.ratio;
  const duration = animationDuration(150);
  switch (event.key) {
    case 'ArrowLeft':
      void camera.animate({ x: state.x - step }, { duration });
      break;
    case 'ArrowRight':
      void camera.animate({ x: state.x + step }, { duration });
      break;
    case 'ArrowUp':
      void camera.animate({ y: state.y + step }, { duration });
      break;
    case 'ArrowDown':
      void camera.animate({ y: state.y - step }, { duration });
      break;
    case '+':
    case '=':
      void camera.animatedZoom({ duration, factor: ZOOM_FACTOR });
      break;
    case '-':
    case '_':
      void camera.animatedUnzoom({ duration, factor: ZOOM_FACTOR });
      break;
    case '0':
      void camera.animatedReset({ duration });
      break;
    case 'Escape':
      if (!store.clearSelection()) return;
      break;
    default:
      return;
  }
  event.preventDefault();
}
