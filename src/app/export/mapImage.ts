/**
 * The map as a PNG: a second sigma renderer with the same graph, settings (reducers and label
 * drawers included) and camera, drawn at a pixel ratio of at least 2, its layers composed onto
 * one canvas over the theme's background. Sigma reads the ratio from `devicePixelRatio` only,
 * so it is overridden for the few synchronous lines where the copy is built and drawn.
 */
import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../render/renderGraph';
import type { AtlasSigma } from '../render/sigmaContext';

export const MIN_EXPORT_PIXEL_RATIO = 2;

function withPixelRatio<T>(ratio: number, run: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { value: ratio, configurable: true });
  try {
    return run();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

export function renderMapCanvas(sigma: AtlasSigma, background: string): HTMLCanvasElement {
  const { width, height } = sigma.getDimensions();
  const ratio = Math.max(MIN_EXPORT_PIXEL_RATIO, window.devicePixelRatio || 1);
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-${width + 100}px;top:0;width:${width}px;height:${height}px;`;
  document.body.append(host);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  try {
    withPixelRatio(ratio, () => {
      const copy = new Sigma<NodeAttributes, EdgeAttributes>(sigma.getGraph(), host, {
        ...sigma.getSettings(),
      });
      try {
        copy.setCustomBBox(sigma.getCustomBBox());
        copy.getCamera().setState(sigma.getCamera().getState());
        copy.refresh();
        const context = canvas.getContext('2d')!;
        context.fillStyle = background;
        context.fillRect(0, 0, canvas.width, canvas.height);
        // WebGL layers are read in the same task they were drawn in, before the browser clears them.
        for (const layer of Object.values(copy.getCanvases())) {
          context.drawImage(layer, 0, 0, canvas.width, canvas.height);
        }
      } finally {
        copy.kill();
      }
    });
  } finally {
    host.remove();
  }
  return canvas;
}

export function renderMapPng(sigma: AtlasSigma, background: string): Promise<Blob> {
  const canvas = renderMapCanvas(sigma, background);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}
