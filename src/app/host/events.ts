/**
 * What a mounted map tells its host, whatever the channel: DOM events on `<coauthor-atlas>`
 * and postMessages to the page around an iframe carry the same `type` and `detail`.
 */
import { findPair, type AtlasData } from '../data/atlasData';

export interface ReadyDetail {
  authors: number;
  papers: number;
  links: number;
  /** Ids of the listing owners (the people whose pages were read). */
  owners: string[];
  /** Id of the author selected on load (from the link or attributes), if any. */
  selected: string | null;
  pair: [string, string] | null;
}

export interface AuthorSelectDetail {
  /** The selected author's id; null when the selection was cleared. */
  id: string | null;
  name: string | null;
  /** The author's papers in the graph file (0 when cleared). */
  papers: number;
}

export interface PairSelectDetail {
  /** Ids of the pair whose joint papers are open; null when the pair was closed. */
  ids: [string, string] | null;
  names: [string, string] | null;
  jointPapers: number;
}

export interface ResizeDetail {
  /** Height in CSS pixels that shows the map well at the current width. */
  height: number;
}

export interface LoadErrorDetail {
  title: string;
  message: string;
}

export type AtlasEvent =
  | { type: 'ready'; detail: ReadyDetail }
  | { type: 'author-select'; detail: AuthorSelectDetail }
  | { type: 'pair-select'; detail: PairSelectDetail }
  | { type: 'resize'; detail: ResizeDetail }
  | { type: 'load-error'; detail: LoadErrorDetail };

export type AtlasEventType = AtlasEvent['type'];

export type EventOf<T extends AtlasEventType> = Extract<AtlasEvent, { type: T }>;

export function authorSelectEvent(data: AtlasData, id: string | null): EventOf<'author-select'> {
  const author = id === null ? undefined : data.authorById.get(id);
  return {
    type: 'author-select',
    detail: {
      id: author?.id ?? null,
      name: author?.name ?? null,
      papers: author ? (data.papersByAuthor.get(author.id)?.length ?? 0) : 0,
    },
  };
}

export function pairSelectEvent(
  data: AtlasData,
  pair: readonly [string, string] | null,
): EventOf<'pair-select'> {
  const found = pair ? findPair(data, pair[0], pair[1]) : undefined;
  if (!pair || !found)
    return { type: 'pair-select', detail: { ids: null, names: null, jointPapers: 0 } };
  const name = (id: string) => data.authorById.get(id)?.name ?? id;
  return {
    type: 'pair-select',
    detail: {
      ids: [pair[0], pair[1]],
      names: [name(pair[0]), name(pair[1])],
      jointPapers: found.papers.length,
    },
  };
}

export function readyEvent(
  data: AtlasData,
  selected: string | null,
  pair: readonly [string, string] | null,
): EventOf<'ready'> {
  return {
    type: 'ready',
    detail: {
      authors: data.authors.length,
      papers: data.file.papers.length,
      links: data.pairs.length,
      owners: [...data.owners],
      selected,
      pair: pair ? [pair[0], pair[1]] : null,
    },
  };
}
