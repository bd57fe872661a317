import { fullness } from './names';
import type { Variant } from './variants';

/** Which of two variants names a person more fully: spelled-out names, then length, then use. */
export function compareFullness(a: Variant, b: Variant): number {
  const fa = fullness(a.name);
  const fb = fullness(b.name);
  return (
    fa[0] - fb[0] ||
    fa[1] - fb[1] ||
    fa[2] - fb[2] ||
    fa[3] - fb[3] ||
    fa[4] - fb[4] ||
    a.mentions.length - b.mentions.length
  );
}
