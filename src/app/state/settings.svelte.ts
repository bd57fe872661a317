/**
 * The view settings: filters, community resolution, map or list, colouring and the timeline's
 * year as asked for. Always normalised against the graph they are for (its years, whether it
 * has a roster), which are passed in.
 */
import type { YearExtent } from '../data/atlasData';
import { DEFAULT_FILTERS, normalizeFilters, type Filters } from '../filters/filters';
import type { LinksDrawn } from '../filters/drawnLinks';
import { clampTimelineYear, timelineSpan } from '../timeline/timeline';
import type { UrlState } from '../params/schema';
import {
  DEFAULT_RESOLUTION,
  roundResolution,
  type ColourMode,
  type ViewMode,
} from '../params/values';

export interface SettingsInputs {
  /** The graph's first and last year (null without dated papers). */
  readonly years: YearExtent | null;
  /** The graph has a lab roster (colour by roster, lab members only). */
  readonly hasRoster: boolean;
}

/** The settings a link, an attribute or a host command can change, by their table keys. */
export type SettingChanges = Partial<
  Pick<UrlState, keyof Filters | 'resolution' | 'view' | 'colour' | 'year' | 'links'>
>;

/** The filters' keys (the store's and the parameter table's names for them). */
const FILTER_KEYS = Object.keys(DEFAULT_FILTERS) as (keyof Filters)[];

export class ViewSettings {
  readonly #inputs: SettingsInputs;

  filters = $state.raw<Filters>(DEFAULT_FILTERS);
  resolution = $state(DEFAULT_RESOLUTION);
  view = $state<ViewMode>('map');
  colour = $state<ColourMode>('community');
  /**
   * Which links a large map draws. Not a filter: the links not drawn still count, so changing
   * it redraws the map without recomputing the view or its communities.
   */
  links = $state<LinksDrawn>('strongest');
  /** The timeline's year as asked for (see views' `year` for the one in force). */
  timelineYear = $state<number | null>(null);

  constructor(inputs: SettingsInputs) {
    this.#inputs = inputs;
  }

  setFilters(changes: Partial<Filters>): void {
    const merged = { ...this.filters, ...changes };
    if (!this.#inputs.hasRoster) merged.internalOnly = false;
    const next = normalizeFilters(merged, this.#inputs.years);
    if (FILTER_KEYS.some((key) => next[key] !== this.filters[key])) this.filters = next;
  }

  /** Back to all years and every link; the owner switch and the counting stay as chosen. */
  resetFilters(): void {
    const { hideOwner, counting } = this.filters;
    this.setFilters({ ...DEFAULT_FILTERS, hideOwner, counting });
  }

  setResolution(value: number): void {
    this.resolution = roundResolution(value);
  }

  setView(view: ViewMode): void {
    this.view = view;
  }

  setLinks(links: LinksDrawn): void {
    this.links = links;
  }

  setColour(mode: ColourMode): void {
    this.colour = mode === 'roster' && this.#inputs.hasRoster ? 'roster' : 'community';
  }

  /** The timeline's year (kept inside the year range); null turns the timeline off. */
  setTimelineYear(year: number | null): void {
    this.timelineYear = clampTimelineYear(year, timelineSpan(this.filters, this.#inputs.years));
  }

  /** Applies the named settings (a link's, an attribute's, a host's); the rest stay. */
  update(changes: SettingChanges): void {
    const filters: Partial<Filters> = {};
    for (const key of FILTER_KEYS) {
      if (changes[key] !== undefined) Object.assign(filters, { [key]: changes[key] });
    }
    if (Object.keys(filters).length > 0) this.setFilters(filters);
    if (changes.resolution !== undefined) this.setResolution(changes.resolution);
    if (changes.view !== undefined) this.setView(changes.view);
    if (changes.colour !== undefined) this.setColour(changes.colour);
    if (changes.links !== undefined) this.setLinks(changes.links);
    if (changes.year !== undefined) this.setTimelineYear(changes.year);
  }

  /** Every setting from a link or history entry at once (missing ones at their defaults). */
  replace(state: UrlState): void {
    const merged: Filters = { ...DEFAULT_FILTERS };
    for (const key of FILTER_KEYS) Object.assign(merged, { [key]: state[key] });
    if (!this.#inputs.hasRoster) merged.internalOnly = false;
    this.filters = normalizeFilters(merged, this.#inputs.years);
    this.resolution = roundResolution(state.resolution);
    this.view = state.view;
    this.setColour(state.colour);
    this.links = state.links;
    this.setTimelineYear(state.year);
  }
}
