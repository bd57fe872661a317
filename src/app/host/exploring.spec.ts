/** The exploring state (path, ego network, counting, colours, lab only, timeline) through every channel. */
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../communities/louvain';
import { fixtureGraphFile } from '../../../tests/support/graphFixtures';
import { parseUrlState } from '../params/url';
import { AtlasStore } from '../state/store.svelte';
import type { CommunityRunner } from '../communities/clustering';
import { applyCommand } from './applyCommand';
import { attributeCommand, attributesToQuery, type ElementAttribute } from '../params/attributes';
import { readPageParams } from '../params/pageParams';
import { parseIncomingMessage, PROTOCOL, PROTOCOL_VERSION, unknownFields } from './protocol';
import { stateAttributes } from '../panels/share/snippet';

const immediate: CommunityRunner = (input, options) =>
  Promise.resolve(detectCommunities(input, options));
const message = (fields: Record<string, unknown>) => ({
  protocol: PROTOCOL,
  version: PROTOCOL_VERSION,
  ...fields,
});
const reader = (attributes: Partial<Record<ElementAttribute, string>>) => (name: string) =>
  attributes[name as ElementAttribute] ?? null;

function withRoster() {
  const file = fixtureGraphFile();
  file.roster = { file: 'lab.csv', matched: 3, unmatched: [] };
  for (const id of ['a', 'b', 'c']) {
    file.authors.find((a) => a.id === id)!.roster = { role: 'PhD student', status: 'member' };
  }
  return file;
}

describe('exploring state for hosts', () => {
  it('accepts the new URL parameters without warnings', () => {
    const params = readPageParams(
      '?author=a&path=f&ego=2&counting=fractional&colour=roster&internal=1&year=2020',
    );
    expect(params.warnings).toEqual([]);
    expect(readPageParams('?path=f').warnings).toEqual(['Parameter path needs author; ignored']);
  });

  it('parses the new commands and set-filters fields, and refuses bad values', () => {
    expect(parseIncomingMessage(message({ type: 'show-path', author: 'a', path: 'f' }))).toEqual({
      kind: 'command',
      command: { type: 'show-path', author: 'a', path: 'f' },
    });
    expect(parseIncomingMessage(message({ type: 'set-ego', ego: 2 }))).toMatchObject({
      command: { type: 'set-ego', ego: 2 },
    });
    expect(parseIncomingMessage(message({ type: 'set-colour', colour: 'roster' }))).toMatchObject({
      command: { type: 'set-colour', colour: 'roster' },
    });
    expect(
      parseIncomingMessage(
        message({ type: 'set-filters', counting: 'fractional', internal: true, year: 2020 }),
      ),
    ).toMatchObject({
      command: { filters: { counting: 'fractional', internal: true, year: 2020 } },
    });
    expect(parseIncomingMessage(message({ type: 'set-ego', ego: 5 }))).toMatchObject({
      kind: 'invalid',
    });
    expect(parseIncomingMessage(message({ type: 'set-filters', internal: 'yes' }))).toMatchObject({
      kind: 'invalid',
    });
    expect(unknownFields(message({ type: 'set-ego', ego: 1, depth: 2 }))).toEqual(['depth']);
  });

  it('applies them to the store', () => {
    const store = new AtlasStore(withRoster(), immediate);
    const warnings: string[] = [];
    const run = (command: Parameters<typeof applyCommand>[2]) =>
      applyCommand(store, { set: () => {} }, command, (w) => warnings.push(w));
    run({ type: 'set-filters', filters: { hideOwner: true } });
    run({ type: 'show-path', author: 'Ada Lovelace', path: 'Fay Fox' });
    expect(store.path.result).toMatchObject({ kind: 'found', nodes: ['a', 'c', 'd', 'f'] });
    run({ type: 'set-ego', ego: 1 });
    expect([...store.views.visible.nodes]).toEqual(['a', 'b', 'c']);
    run({ type: 'set-colour', colour: 'roster' });
    expect(store.settings.colour).toBe('roster');
    run({ type: 'set-filters', filters: { counting: 'fractional', internal: true, year: 2019 } });
    expect(store.settings.filters).toMatchObject({ counting: 'fractional', internalOnly: true });
    expect(store.views.year).toBe(2019);
    expect(store.urlState).toMatchObject({
      author: 'a',
      path: 'f',
      ego: 1,
      colour: 'roster',
      internalOnly: true,
      year: 2019,
    });
    expect(warnings).toEqual([]);
  });

  it('mirrors them as element attributes, both ways', () => {
    const { query, warnings } = attributesToQuery(
      reader({
        author: 'a',
        path: 'f',
        ego: '1',
        counting: 'fractional',
        colour: 'roster',
        internal: '',
        year: '2020',
      }),
    );
    expect(warnings).toEqual([]);
    expect(parseUrlState(query)).toMatchObject({
      author: 'a',
      path: 'f',
      ego: 1,
      counting: 'fractional',
      colour: 'roster',
      internalOnly: true,
      year: 2020,
    });
    expect(attributeCommand('path', reader({ author: 'a', path: 'f' }))).toEqual({
      ok: true,
      value: { type: 'show-path', author: 'a', path: 'f' },
    });
    expect(attributeCommand('path', reader({ path: 'f' }))).toMatchObject({ ok: false });
    expect(attributeCommand('ego', reader({}))).toMatchObject({ value: { ego: 0 } });
    expect(attributeCommand('year', reader({}))).toMatchObject({
      value: { filters: { year: null } },
    });
    expect(stateAttributes(parseUrlState(query), 'system')).toEqual([
      ['author', 'a'],
      ['path', 'f'],
      ['ego', '1'],
      ['counting', 'fractional'],
      ['colour', 'roster'],
      ['internal', true],
      ['year', '2020'],
    ]);
  });
});
