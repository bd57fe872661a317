/**
 * Every row of the parameter table through every channel: a link, the element's attributes
 * (on mount and changed later) and a host command must give the same map.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';
import { detectCommunities } from '../communities/louvain';
import type { CommunityRunner } from '../communities/clustering';
import { applyCommand } from '../host/applyCommand';
import { parseIncomingMessage, PROTOCOL, PROTOCOL_VERSION } from '../host/protocol';
import { AtlasStore } from '../state/store.svelte';
import type { ThemePreference } from '../theme/theme';
import { attributeCommand, attributesToQuery, ELEMENT_ATTRIBUTES } from './attributes';
import { readPageParams } from './pageParams';
import type { EgoDepth } from '../ego/ego';
import type { CountingMode } from '../filters/counting';
import type { LinksDrawn } from '../filters/drawnLinks';
import { DEFAULT_FILTERS } from '../filters/filters';
import type { ColourMode, ViewMode } from './values';
import {
  DEFAULT_URL_STATE,
  VIEW_PARAMS,
  type FilterChanges,
  type UrlState,
  type ViewKey,
} from './schema';
import { parseUrlState, writeUrlState } from './url';

const immediate: CommunityRunner = (input, options) =>
  Promise.resolve(detectCommunities(input, options));

/** A value for each row other than its default, as text and as a host sends it. */
const EXAMPLES: Record<ViewKey, { text: string; host: unknown }> = {
  author: { text: 'Ada Lovelace', host: 'Ada Lovelace' },
  with: { text: 'b', host: 'b' },
  yearFrom: { text: '2019', host: 2019 },
  yearTo: { text: '2021', host: 2021 },
  minWeight: { text: '2', host: 2 },
  hideOwner: { text: 'yes', host: true },
  resolution: { text: '1.5', host: 1.5 },
  view: { text: 'list', host: 'list' },
  path: { text: 'Fay Fox', host: 'Fay Fox' },
  ego: { text: '2', host: 2 },
  counting: { text: 'fractional', host: 'fractional' },
  colour: { text: 'roster', host: 'roster' },
  links: { text: 'all', host: 'all' },
  internalOnly: { text: 'true', host: true },
  year: { text: '2020', host: 2020 },
  theme: { text: 'dark', host: 'dark' },
};
const AUTHOR = 'a';

function withRoster() {
  const file = fixtureGraphFile();
  file.roster = { file: 'lab.csv', matched: 3, unmatched: [] };
  for (const id of ['a', 'b', 'c', 'd', 'f']) {
    file.authors.find((a) => a.id === id)!.roster = { role: 'PhD student', status: 'member' };
  }
  return file;
}

/** A store and theme that record what each channel did. */
function mapFor(setup: (store: AtlasStore, theme: { set(t: ThemePreference): void }) => void) {
  const store = new AtlasStore(withRoster(), immediate);
  let theme: ThemePreference = 'system';
  setup(store, { set: (next) => (theme = next) });
  return {
    state: store.urlState,
    theme,
    nodes: store.views.visible.nodes.join(','),
    edges: store.views.visible.edges.length,
  };
}

const fromQuery = (query: string) =>
  mapFor((store, theme) => {
    store.applyUrlState(parseUrlState(query));
    const given = new URLSearchParams(query).get('theme');
    if (given) theme.set(given as ThemePreference);
  });

describe('the parameter table', () => {
  it('has an example for every row (a new row needs one here)', () => {
    expect(VIEW_PARAMS.map(([key]) => key).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it('gives set-filters the fields the host API documents (a public API)', () => {
    expectTypeOf<FilterChanges>().toEqualTypeOf<{
      from?: number | null;
      to?: number | null;
      minJoint?: number;
      hideOwner?: boolean;
      resolution?: number;
      counting?: CountingMode;
      internal?: boolean;
      links?: LinksDrawn;
      year?: number | null;
    }>();
  });

  it('derives the URL state’s type from the rows', () => {
    expectTypeOf<UrlState>().toEqualTypeOf<{
      author: string | null;
      with: string | null;
      yearFrom: number | null;
      yearTo: number | null;
      minWeight: number;
      hideOwner: boolean;
      resolution: number;
      view: ViewMode;
      path: string | null;
      ego: 0 | EgoDepth;
      counting: CountingMode;
      colour: ColourMode;
      links: LinksDrawn;
      internalOnly: boolean;
      year: number | null;
    }>();
  });

  it('agrees with the filters’ own defaults', () => {
    expect(DEFAULT_URL_STATE).toMatchObject(DEFAULT_FILTERS);
  });

  it('spells every setting once per channel', () => {
    const all = (pick: (spec: (typeof VIEW_PARAMS)[number][1]) => readonly string[]) =>
      VIEW_PARAMS.flatMap(([, spec]) => pick(spec));
    const urls = all((spec) => [spec.url, ...(spec.urlAliases ?? [])]);
    const attributes = all((spec) => [spec.attribute, ...(spec.attributeAliases ?? [])]);
    expect(new Set(urls).size).toBe(urls.length);
    expect(new Set(attributes).size).toBe(attributes.length);
    for (const name of attributes) {
      expect(name).toBe(name.toLowerCase()); // HTML lowercases attribute names
      expect(ELEMENT_ATTRIBUTES).toContain(name);
    }
  });

  describe.each(VIEW_PARAMS.map(([key, spec]) => ({ key, spec })))('$key', ({ key, spec }) => {
    const example = EXAMPLES[key];
    const needsAuthor = key !== 'author';
    const base = needsAuthor ? `author=${AUTHOR}&` : '';
    const viaUrl = () => fromQuery(`?${base}${spec.url}=${encodeURIComponent(example.text)}`);

    it('is read from a link without a warning, and changes the map', () => {
      const query = `?${base}${spec.url}=${encodeURIComponent(example.text)}`;
      expect(readPageParams(query).warnings).toEqual([]);
      const map = viaUrl();
      const plain = fromQuery(needsAuthor ? `?author=${AUTHOR}` : '');
      expect(map).not.toEqual(plain);
    });

    it('gives the same map from the element’s attributes on mount', () => {
      const attributes = new Map([[spec.attribute, example.text]]);
      if (needsAuthor) attributes.set('author', AUTHOR);
      const { query, warnings } = attributesToQuery((name) => attributes.get(name) ?? null);
      expect(warnings).toEqual([]);
      expect(fromQuery(query)).toEqual(viaUrl());
    });

    it('gives the same map from a changed attribute and from a host command', () => {
      const start = (store: AtlasStore) => {
        if (needsAuthor) store.selectByReference(AUTHOR);
      };
      const attributes = new Map([[spec.attribute, example.text]]);
      if (needsAuthor) attributes.set('author', AUTHOR);
      const command = attributeCommand(spec.attribute, (name) => attributes.get(name) ?? null);
      expect(command.ok).toBe(true);
      const viaAttribute = mapFor((store, theme) => {
        start(store);
        if (command.ok) applyCommand(store, theme, command.value);
      });

      const { type, field } = spec.command;
      const fields: Record<string, unknown> = { type, [field]: example.host };
      if (type === 'open-pair' || type === 'show-path') fields['author'] = AUTHOR;
      const parsed = parseIncomingMessage({
        protocol: PROTOCOL,
        version: PROTOCOL_VERSION,
        ...fields,
      });
      expect(parsed.kind).toBe('command');
      const viaHost = mapFor((store, theme) => {
        start(store);
        if (parsed.kind === 'command') applyCommand(store, theme, parsed.command);
      });

      expect(viaAttribute).toEqual(viaUrl());
      expect(viaHost).toEqual(viaUrl());
    });

    it('is written back to a link as it was read', () => {
      if (key === 'theme') return; // the theme is written by the share links, beside the state
      const state = parseUrlState(`?${base}${spec.url}=${encodeURIComponent(example.text)}`);
      expect(state[key as keyof UrlState]).not.toEqual(DEFAULT_URL_STATE[key as keyof UrlState]);
      expect(parseUrlState(writeUrlState(state))).toEqual(state);
    });
  });

  it('hides the owner alike for ?hideOwner=yes, hide-owner="yes" and { hideOwner: true }', () => {
    const viaUrl = fromQuery('?hideOwner=yes');
    const { query } = attributesToQuery((name) => (name === 'hide-owner' ? 'yes' : null));
    const viaAttribute = fromQuery(query);
    const viaHost = mapFor((store, theme) => {
      const parsed = parseIncomingMessage({
        protocol: PROTOCOL,
        version: PROTOCOL_VERSION,
        type: 'set-filters',
        hideOwner: true,
      });
      if (parsed.kind === 'command') applyCommand(store, theme, parsed.command);
    });
    expect(viaUrl.state.hideOwner).toBe(true);
    expect(viaUrl.nodes).not.toContain('o');
    expect(viaAttribute).toEqual(viaUrl);
    expect(viaHost).toEqual(viaUrl);
  });
});
