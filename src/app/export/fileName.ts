/**
 * Export file names say what graph and what view they hold:
 * `coauthor-atlas-martin-jaggi-2019-2024.png`, `…-ego-sebastian-u-stich-1-authors.csv`.
 */
import type { AtlasData } from '../data/atlasData';
import type { UrlState } from '../params/url';

/** Lower-case ASCII words joined by hyphens; what file systems and URLs all accept. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The graph's name: its listing owners, else "graph". */
export function graphSlug(data: AtlasData): string {
  const owners = [...data.owners].map((id) => slug(id)).filter(Boolean);
  return owners.length > 0 ? owners.slice(0, 2).join('-') : 'graph';
}

/** The view's parts: years, then what the map is narrowed to. */
export function stateSlug(data: AtlasData, state: UrlState): string[] {
  const parts: string[] = [];
  const years = data.years;
  if (years && (state.yearFrom !== null || state.yearTo !== null || state.year !== null)) {
    const from = state.yearFrom ?? years.min;
    let to = state.yearTo ?? years.max;
    if (state.year !== null) to = Math.min(to, state.year);
    parts.push(from === to ? `${from}` : `${from}-${to}`);
  }
  const author = state.author ? slug(state.author) : '';
  if (author && state.path) parts.push('path', author, slug(state.path));
  else if (author && state.ego) parts.push('ego', author, String(state.ego));
  if (state.hideOwner && data.owners.size > 0) parts.push('without-owner');
  if (state.internalOnly) parts.push('lab');
  if (state.counting === 'fractional') parts.push('fractional');
  return parts.filter(Boolean);
}

export function exportFileName(
  data: AtlasData,
  state: UrlState,
  extension: string,
  suffix?: string,
): string {
  const parts = ['coauthor-atlas', graphSlug(data), ...stateSlug(data, state)];
  if (suffix) parts.push(suffix);
  return `${parts.join('-')}.${extension}`;
}
