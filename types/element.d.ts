/**
 * Types of `coauthor-atlas/element`: the `<coauthor-atlas>` custom element (the prebuilt
 * dist-app/coauthor-atlas.js, one ES module that loads its lazy chunks from assets/ beside it).
 * Importing the module defines the element. Kept in step with src/element/ by
 * src/package/elementTypes.spec.ts.
 */

export type AuthorReference = string;

/** `set-filters` fields, named like the URL parameters; null removes a bound. */
export interface FilterChanges {
  from?: number | null;
  to?: number | null;
  minJoint?: number;
  hideOwner?: boolean;
  resolution?: number;
  counting?: 'full' | 'fractional';
  internal?: boolean;
  /** A map of more than 100,000 links draws its strongest by default; `all` draws every one. */
  links?: 'strongest' | 'all';
  year?: number | null;
}

export interface ReadyDetail {
  authors: number;
  papers: number;
  links: number;
  owners: string[];
  selected: string | null;
  pair: [string, string] | null;
}
export interface AuthorSelectDetail {
  id: string | null;
  name: string | null;
  papers: number;
}
export interface PairSelectDetail {
  ids: [string, string] | null;
  names: [string, string] | null;
  jointPapers: number;
}
export interface ResizeDetail {
  height: number;
}
export interface LoadErrorDetail {
  title: string;
  message: string;
}

export interface CoauthorAtlasEventMap {
  ready: CustomEvent<ReadyDetail>;
  'author-select': CustomEvent<AuthorSelectDetail>;
  'pair-select': CustomEvent<PairSelectDetail>;
  resize: CustomEvent<ResizeDetail>;
  'load-error': CustomEvent<LoadErrorDetail>;
}

/**
 * `<coauthor-atlas src="graph.json" author="…" theme="dark" hide-owner …>`: attributes are the
 * view parameters' attribute spellings (README, "One setting, three spellings"), plus `src`,
 * `panels` and `history`.
 */
export declare class CoauthorAtlasElement extends HTMLElement {
  static readonly observedAttributes: readonly string[];
  /** Selects an author by id, name or alias (null clears). */
  selectAuthor(author: AuthorReference | null): void;
  /** Opens the joint papers of two authors. */
  openPair(author: AuthorReference, other: AuthorReference): void;
  /** Changes the named filters only. */
  setFilters(filters: FilterChanges): void;
  /** The collaboration path from an author to another (null closes it). */
  showPath(author: AuthorReference, path: AuthorReference | null): void;
  /** Only the selected author's ego network, 1 or 2 steps (0: the whole map). */
  setEgo(ego: 0 | 1 | 2): void;
  /** Colours by community or by lab roster. */
  setColour(colour: 'community' | 'roster'): void;
  addEventListener<K extends keyof CoauthorAtlasEventMap>(
    type: K,
    listener: (this: CoauthorAtlasElement, event: CoauthorAtlasEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

export declare const TAG_NAME: 'coauthor-atlas';

declare global {
  interface HTMLElementTagNameMap {
    'coauthor-atlas': CoauthorAtlasElement;
  }
}
