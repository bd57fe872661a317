/**
 * Work that should wait until the browser has painted what is already on its way: the map
 * before its clusters, a panel before the map's highlight, the first papers before the rest.
 */

/** Runs `callback` after the next paint; returns a function that cancels it. */
export function onAfterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  if (typeof requestAnimationFrame === 'function') {
    // rAF runs just before the paint; the timeout after it runs once the paint is done.
    frame = requestAnimationFrame(() => {
      frame = undefined;
      timer = setTimeout(callback, 0);
    });
  } else {
    timer = setTimeout(callback, 0);
  }
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Resolves after the browser has had a chance to paint. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => void onAfterPaint(resolve));
}
