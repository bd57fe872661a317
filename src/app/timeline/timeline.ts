/**
 * The timeline: the network as it stood at the end of a year, grown from the start of the
 * year range. Only papers up to that year count; node positions never move (they come from the
 * file) and communities stay those of the whole range, so colours do not flicker as it plays.
 */
import type { YearExtent } from '../data/atlasData';
import type { Filters } from '../filters/filters';

/** The years the timeline walks through: the year range, or all years of the file. */
export function timelineSpan(filters: Filters, years: YearExtent | null): YearExtent | null {
  if (!years) return null;
  return { min: filters.yearFrom ?? years.min, max: filters.yearTo ?? years.max };
}

/** A timeline year brought inside the span; null when there is no span. */
export function clampTimelineYear(year: number | null, span: YearExtent | null): number | null {
  if (year === null || span === null) return null;
  return Math.min(Math.max(Math.round(year), span.min), span.max);
}

/** The filters of the network as of `year`: the range's end moves to that year. */
export function filtersAtYear(filters: Filters, year: number): Filters {
  return { ...filters, yearTo: filters.yearTo === null ? year : Math.min(filters.yearTo, year) };
}

/**
 * The next year when playing: the span's first year when not started (or finished and played
 * again), null once the last year is shown (playing stops there).
 */
export function nextTimelineYear(current: number | null, span: YearExtent): number | null {
  if (current === null) return span.min;
  return current < span.max ? current + 1 : null;
}

/** Milliseconds per year when playing; slower for readers who ask for reduced motion. */
export function playInterval(reducedMotion: boolean): number {
  return reducedMotion ? 2500 : 1100;
}
