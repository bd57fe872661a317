/**
 * One mounted app's state, in slices with their inputs passed in: the selection
 * (selection.svelte.ts), the view settings (settings.svelte.ts), the views derived from both
 * (views.svelte.ts), the features' slices (communities/, path/, timeline/) and the requests
 * to the renderer and panels (requests.svelte.ts). Slices change only through their own methods;
 * the actions here are what needs more than one slice or the graph (resolving names, opening
 * a pair the graph has, framing a path), so every change keeps the state consistent.
 */
import { CommunitiesState } from '../communities/communities.svelte';
import { chooseRunner, type CommunityRunner } from '../communities/clustering';
import { buildAtlasData, findPair, type AtlasData } from '../data/atlasData';
import { computeFocus, HOVER_FOCUS_MAX_LINKS, type Focus } from '../data/focus';
import { newSinceLastBuild, type NewSinceLastBuild } from '../filters/newSinceLastBuild';
import type { EgoDepth } from '../ego/ego';
import type { UrlState } from '../params/schema';
import { buildSearchIndex, type SearchIndex } from '../search/search';
import { resolveReference } from '../search/resolveReference';
import type { GraphFile } from '../../model/types';
import { RenderRequests } from './requests.svelte';
import { SelectionState } from './selection.svelte';
import { ViewSettings } from './settings.svelte';
import { PathState } from '../path/path.svelte';
import { TimelineState } from '../timeline/timeline.svelte';
import { MapViews } from './views.svelte';

export type { PanelName } from './requests.svelte';

/** Why something was selected: decides whether the camera moves and focus follows. */
export interface SelectOptions {
  /** Centre the map on the author (search, list, panel links; not a click on the map). */
  centre?: boolean;
  /** Move keyboard focus into the panel (user actions; not URL changes). */
  focusPanel?: boolean;
}

export class AtlasStore {
  readonly data: AtlasData;
  #searchIndex: SearchIndex | undefined;
  readonly hasRoster: boolean;

  readonly selection = new SelectionState();
  readonly settings: ViewSettings;
  readonly views: MapViews;
  readonly communities: CommunitiesState;
  readonly path: PathState;
  readonly timeline: TimelineState;
  readonly requests = new RenderRequests();
  /** What a rebuild marked as new since the previous build (issue 14). */
  readonly news: NewSinceLastBuild;
  /** "New since last build" in Filters: dims all but the new people and papers. */
  showNew = $state(false);

  /** Whether hovering an author dims the map around them (not on a department's map). */
  readonly #hoverFocuses: boolean;

  /** What the map stresses: the hovered or selected author, a pair, a community, a path. */
  readonly focus: Focus | null = $derived.by(() =>
    computeFocus(this.views.visible, {
      hovered: this.#hoverFocuses ? this.selection.hovered : null,
      selected: this.selection.selected,
      pair: this.selection.pair,
      community: this.communities.highlighted?.members ?? null,
      path: this.path.nodes,
      accent: this.timeline.newCollaborators,
      news: this.showNew && this.news.available ? this.news : null,
    }),
  );

  /** The state a link to this view carries (see params/schema.ts). */
  readonly urlState: UrlState = $derived.by(() => {
    const { selected, pair, pathTarget, egoDepth } = this.selection;
    const { filters, resolution, view, colour, links } = this.settings;
    return {
      author: selected,
      with: pair ? (pair[0] === selected ? pair[1] : pair[0]) : null,
      ...filters,
      resolution,
      view,
      path: selected ? pathTarget : null,
      ego: selected ? egoDepth : 0,
      colour,
      links,
      year: this.views.year,
    };
  });

  /**
   * Built on first use (a search, a name in the address): the first frame does not need it,
   * and folding 60,000 names and their aliases cost seconds of a department map's first frame.
   */
  get searchIndex(): SearchIndex {
    return (this.#searchIndex ??= buildSearchIndex(this.data.file.authors));
  }

  constructor(file: GraphFile, runner: CommunityRunner = chooseRunner()) {
    this.data = buildAtlasData(file);
    this.#hoverFocuses = this.data.pairs.length <= HOVER_FOCUS_MAX_LINKS;
    this.news = newSinceLastBuild(file);
    this.hasRoster = file.roster !== undefined;
    const name = (id: string) => this.name(id);
    this.settings = new ViewSettings({ years: this.data.years, hasRoster: this.hasRoster });
    this.views = new MapViews({
      data: this.data,
      settings: this.settings,
      selection: this.selection,
      name,
    });
    this.path = new PathState({ selection: this.selection, views: this.views });
    this.timeline = new TimelineState({
      data: this.data,
      selection: this.selection,
      views: this.views,
    });
    this.communities = new CommunitiesState(
      { data: this.data, views: this.views, settings: this.settings, name },
      runner,
    );
  }

  /** "New since last build" on or off (offered only for a rebuilt file). */
  toggleNew(): void {
    this.showNew = this.news.available && !this.showNew;
  }

  name(id: string): string {
    return this.data.authorById.get(id)?.name ?? id;
  }

  selectAuthor(id: string | null, options: SelectOptions = {}): void {
    if (id !== null && !this.data.authorById.has(id)) return;
    this.selection.select(id);
    if (id && options.centre) this.requests.centreOn(id);
    if (id && options.focusPanel) this.requests.focusPanel('details');
  }

  /** Nobody selected and no community highlighted (Escape, a click on empty space). */
  clearSelection(): boolean {
    if (!this.selection.selected && this.communities.highlightedSlot === null) return false;
    this.selection.select(null);
    this.communities.clearHighlight();
    return true;
  }

  /** Opens the joint papers of two coauthors; the selection moves to one of them if needed. */
  openPair(a: string, b: string, options: SelectOptions = {}): void {
    if (!findPair(this.data, a, b)) return;
    let first = a;
    let second = b;
    const selected = this.selection.selected;
    if (selected === b) [first, second] = [b, a];
    else if (selected !== a) {
      // No selected end: select the more prolific one, so the URL (author + with) and the
      // panel underneath say something useful.
      const papers = (id: string) => this.data.papersByAuthor.get(id)?.length ?? 0;
      if (papers(b) > papers(a)) [first, second] = [b, a];
    }
    this.selection.openPair([first, second]);
    if (options.focusPanel) this.requests.focusPanel('pair');
  }

  /** Shows the collaboration path from the selected author to `target` (null closes it). */
  showPath(target: string | null, options: SelectOptions = {}): void {
    if (target !== null && (!this.selection.selected || !this.data.authorById.has(target))) return;
    this.selection.setPathTarget(target);
    if (target === null) return;
    const nodes = this.path.nodes;
    if (nodes) this.requests.frameAuthors(nodes);
    if (options.focusPanel) this.requests.focusPanel('path');
  }

  setEgo(depth: 0 | EgoDepth): void {
    this.selection.setEgo(depth);
  }

  /** Applies state read from a link or a history entry; names are resolved, problems noted. */
  applyUrlState(state: UrlState): void {
    this.settings.replace(state);
    this.selectByReference(state.author, state.with, state.path);
    this.selection.setEgo(state.ego);
  }

  /**
   * Selects an author, and opens a pair with `other`, named as a link or a host names them (an
   * id, a name or any alias). What cannot be found clears the selection, as a link to it would,
   * and becomes the notice; returns the problems (none when everything was found).
   */
  selectByReference(
    author: string | null,
    other: string | null = null,
    pathTo: string | null = null,
  ): string[] {
    const problems: string[] = [];
    const resolve = (text: string | null) =>
      resolveReference(this.searchIndex, text, (id) => this.name(id), problems);
    const id = resolve(author);
    const otherId = id ? resolve(other) : null;
    const pathId = id ? resolve(pathTo) : null;
    const changed = id !== this.selection.selected;
    const paired = id && otherId && findPair(this.data, id, otherId) ? otherId : null;
    if (id && otherId && !paired) {
      problems.push(`${this.name(id)} and ${this.name(otherId)} have no joint papers.`);
    }
    this.selection.select(id, pathId, id && paired ? [id, paired] : null);
    const path = this.path.nodes;
    if (path) this.requests.frameAuthors(path);
    else if (id && changed) this.requests.centreOn(id);
    this.selection.setNotice(problems.length > 0 ? problems.join(' ') : null);
    return problems;
  }

  /** Keeps the communities current while mounted (creates an effect). */
  startClustering(): void {
    this.communities.start();
  }
}
