/**
 * Code-point order. `localeCompare` depends on the machine's ICU locale, and the build step
 * must write the same bytes everywhere.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
