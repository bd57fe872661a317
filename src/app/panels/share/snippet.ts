/**
 * What the Share / Embed dialog writes: a link to the current state, an `<iframe>` snippet
 * and a `<coauthor-atlas>` snippet. Values come from the graph file (names) and the page URL,
 * so every attribute value is escaped; a snippet pasted into a host page reproduces the state.
 */
import type { ThemePreference } from '../../theme/theme';
import { queryString, writeUrlState, type UrlState } from '../../params/url';
import type { StateAttribute } from '../../params/attributes';
import { THEME_PARAM, VIEW_PARAMS } from '../../params/schema';
import { PAGE_PARAM } from '../../params/pageParams';

export interface ShareOptions {
  /** Absolute URL of the full page, without query or hash. */
  pageUrl: string;
  state: UrlState;
  theme: ThemePreference;
  /** The page's `data=` as given (null: the default graph.json beside the page). */
  data: string | null;
  /** Absolute URL of the graph file (the element's `src`). */
  graphUrl: string;
  /** Absolute URL of coauthor-atlas.js. */
  scriptUrl: string;
  /** What the map shows, for the iframe's accessible title. */
  title: string;
  panels: boolean;
  /** Initial height in CSS pixels. */
  height: number;
}

/** Escapes text for a double-quoted HTML attribute (and for text content). */
export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** `data` and `theme`, then the state: what a full page needs to show the same thing. */
export function stateParams(
  state: UrlState,
  theme: ThemePreference,
  data: string | null,
): URLSearchParams {
  const params = new URLSearchParams();
  if (data) params.set(PAGE_PARAM.data, data);
  if (theme !== 'system') params.set(PAGE_PARAM.theme, theme);
  return writeUrlState(state, params);
}

/** What a link to a state needs. */
export type LinkOptions = Pick<ShareOptions, 'pageUrl' | 'state' | 'theme' | 'data'>;

export function shareLink(options: LinkOptions): string {
  return `${options.pageUrl}${queryString(stateParams(options.state, options.theme, options.data))}`;
}

export function embedUrl(options: LinkOptions & Pick<ShareOptions, 'panels'>): string {
  const params = new URLSearchParams({ [PAGE_PARAM.embed]: '1' });
  if (!options.panels) params.set(PAGE_PARAM.panels, '0');
  for (const [key, value] of stateParams(options.state, options.theme, options.data)) {
    params.append(key, value);
  }
  return `${options.pageUrl}${queryString(params)}`;
}

const height = (options: ShareOptions) => Math.max(200, Math.round(options.height));

export function iframeSnippet(options: ShareOptions): string {
  const attributes = [
    ['src', embedUrl(options)],
    ['title', options.title],
    ['width', '100%'],
    ['height', String(height(options))],
    ['style', 'border: 0; max-width: 100%'],
    ['loading', 'lazy'],
  ];
  return `<iframe ${attributes.map(([key, value]) => `${key}="${escapeAttribute(value!)}"`).join(' ')}></iframe>`;
}

/** The element's state attributes for a state, in the parameter table's order. */
export function stateAttributes(
  state: UrlState,
  theme: ThemePreference,
): [StateAttribute, string | true][] {
  const params = writeUrlState(state);
  if (theme !== THEME_PARAM.default) params.set(THEME_PARAM.url, theme);
  const attributes: [StateAttribute, string | true][] = [];
  for (const [, spec] of VIEW_PARAMS) {
    const value = params.get(spec.url);
    if (value !== null) attributes.push([spec.attribute, spec.flag ? true : value]);
  }
  return attributes;
}

export function elementSnippet(options: ShareOptions): string {
  const attributes: [string, string | true][] = [
    ['src', options.graphUrl],
    ...stateAttributes(options.state, options.theme),
  ];
  if (!options.panels) attributes.push(['panels', '0']);
  attributes.push(['style', `height: ${height(options)}px`]);
  const written = attributes
    .map(([key, value]) => (value === true ? key : `${key}="${escapeAttribute(value)}"`))
    .join(' ');
  return [
    `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>`,
    `<coauthor-atlas ${written}></coauthor-atlas>`,
  ].join('\n');
}
