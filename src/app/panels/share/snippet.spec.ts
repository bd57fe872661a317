import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState } from '../../params/url';
import { attributesToQuery } from '../../params/attributes';
import { readPageParams } from '../../params/pageParams';
import {
  elementSnippet,
  embedUrl,
  escapeAttribute,
  iframeSnippet,
  shareLink,
  type ShareOptions,
} from './snippet';

const options: ShareOptions = {
  pageUrl: 'https://lab.example/network/',
  state: {
    ...DEFAULT_URL_STATE,
    author: 'martin-jaggi',
    with: 'sebastian-u-stich',
    yearFrom: 2019,
    minWeight: 2,
    hideOwner: true,
    resolution: 1.4,
  },
  theme: 'dark',
  data: null,
  graphUrl: 'https://lab.example/network/graph.json',
  scriptUrl: 'https://lab.example/network/coauthor-atlas.js',
  title: 'Coauthor map: "Jaggi" & <coauthors>',
  panels: true,
  height: 540,
};

/** Attribute values of the first element named `tag` in an HTML snippet, decoded. */
function attributesOf(html: string, tag: string): Map<string, string> {
  const element = new RegExp(`<${tag}\\s([^>]*)>`).exec(html)?.[1] ?? '';
  const decode = (text: string) =>
    text
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  const found = new Map<string, string>();
  for (const match of element.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
    found.set(match[1]!, decode(match[2] ?? ''));
  }
  return found;
}

describe('share link and snippets', () => {
  it('escapes every attribute value', () => {
    expect(escapeAttribute(`a"b'c<d>e&f`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f');
    const html = iframeSnippet(options);
    expect(html).not.toContain('"Jaggi"');
    expect(html).not.toContain('<coauthors>');
    expect(attributesOf(html, 'iframe').get('title')).toBe(options.title);
  });

  it('links to the same state', () => {
    const link = new URL(shareLink(options));
    expect(link.origin + link.pathname).toBe(options.pageUrl);
    expect(link.searchParams.get('theme')).toBe('dark');
    expect(parseUrlState(link.search)).toEqual(options.state);
    expect(readPageParams(link.search).warnings).toEqual([]);
  });

  it('gives an iframe whose URL is the embed of the same state', () => {
    const src = attributesOf(iframeSnippet(options), 'iframe').get('src')!;
    const url = new URL(src);
    expect(parseUrlState(url.search)).toEqual(options.state);
    expect(readPageParams(url.search)).toMatchObject({ embed: true, panels: true, warnings: [] });
    expect(readPageParams(new URL(embedUrl({ ...options, panels: false })).search).panels).toBe(
      false,
    );
    expect(attributesOf(iframeSnippet(options), 'iframe').get('height')).toBe('540');
  });

  it('gives an element whose attributes give the same state', () => {
    const html = elementSnippet({ ...options, data: 'other.json' });
    expect(attributesOf(html, 'script').get('src')).toBe(options.scriptUrl);
    const attributes = attributesOf(html, 'coauthor-atlas');
    expect(attributes.get('src')).toBe(options.graphUrl);
    expect(attributes.get('hide-owner')).toBe('');
    const { query, warnings } = attributesToQuery((name) => attributes.get(name) ?? null);
    expect(warnings).toEqual([]);
    expect(parseUrlState(query)).toEqual(options.state);
    expect(attributes.get('theme')).toBe('dark');
  });

  it('keeps a non-default graph file in the link', () => {
    const link = new URL(
      shareLink({ ...options, data: 'https://data.example/g.json', theme: 'system' }),
    );
    expect(link.searchParams.get('data')).toBe('https://data.example/g.json');
    expect(link.searchParams.has('theme')).toBe(false);
  });
});
