/**
 * Runs `work` once the page has drawn a frame and has time to spare: for what the first click
 * will need but the first frame does not. Returns a cancel function (for `$effect` cleanup).
 */
export function whenIdle(work: () => void): () => void {
  let cancelled = false;
  let cancel = (): void => {};
  const run = (): void => {
    if (!cancelled) work();
  };
  const idle = (): void => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run);
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, 0);
      cancel = () => clearTimeout(handle);
    }
  };
  if (typeof requestAnimationFrame === 'function') {
    // Two frames: the one being prepared (maybe the map's first), then one after it.
    const first = requestAnimationFrame(() => {
      const second = requestAnimationFrame(idle);
      cancel = () => cancelAnimationFrame(second);
    });
    cancel = () => cancelAnimationFrame(first);
  } else idle();
  return () => {
    cancelled = true;
    cancel();
  };
}
