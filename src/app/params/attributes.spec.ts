import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState } from './url';
import {
  attributeCommand,
  attributeReader,
  canonicalAttribute,
  attributesToQuery,
  type ElementAttribute,
  type ReadAttribute,
} from './attributes';

const reader =
  (attributes: Partial<Record<ElementAttribute, string>>): ReadAttribute =>
  (name) =>
    attributes[name] ?? null;

describe('attributesToQuery', () => {
  it('mirrors the URL parameters', () => {
    const { query, warnings } = attributesToQuery(
      reader({
        author: 'Martin Jaggi',
        with: 'takac',
        from: '2019',
        to: '2023',
        'min-joint': '2',
        'hide-owner': '',
        resolution: '1.5',
        view: 'list',
        theme: 'dark',
        src: 'graph.json',
      }),
    );
    expect(warnings).toEqual([]);
    expect(parseUrlState(query)).toEqual({
      ...DEFAULT_URL_STATE,
      author: 'Martin Jaggi',
      with: 'takac',
      yearFrom: 2019,
      yearTo: 2023,
      minWeight: 2,
      hideOwner: true,
      resolution: 1.5,
      view: 'list',
    });
    expect(new URLSearchParams(query).get('theme')).toBe('dark');
  });

  it('treats hide-owner as a boolean attribute', () => {
    expect(
      parseUrlState(attributesToQuery(reader({ 'hide-owner': 'false' })).query).hideOwner,
    ).toBe(false);
    expect(
      parseUrlState(attributesToQuery(reader({ 'hide-owner': 'hide-owner' })).query).hideOwner,
    ).toBe(true);
  });

  it('warns about malformed values and leaves them out', () => {
    const { query, warnings } = attributesToQuery(
      reader({ 'min-joint': 'lots', theme: 'neon', from: 'last year', with: 'x' }),
    );
    expect(query).toBe('');
    expect(warnings).toHaveLength(4);
    expect(warnings.join('\n')).toMatch(/min-joint="lots"/);
  });
});

describe('attributeCommand', () => {
  it('selects, opens a pair, or clears from author and with', () => {
    expect(attributeCommand('author', reader({ author: 'a' }))).toEqual({
      ok: true,
      value: { type: 'select-author', author: 'a' },
    });
    expect(attributeCommand('with', reader({ author: 'a', with: 'b' }))).toEqual({
      ok: true,
      value: { type: 'open-pair', author: 'a', with: 'b' },
    });
    expect(attributeCommand('author', reader({}))).toEqual({
      ok: true,
      value: { type: 'select-author', author: null },
    });
    expect(attributeCommand('with', reader({ with: 'b' })).ok).toBe(false);
  });

  it('turns filter attributes into filter changes, removed ones into defaults', () => {
    expect(attributeCommand('from', reader({ from: '2020' }))).toEqual({
      ok: true,
      value: { type: 'set-filters', filters: { from: 2020 } },
    });
    expect(attributeCommand('to', reader({}))).toEqual({
      ok: true,
      value: { type: 'set-filters', filters: { to: null } },
    });
    expect(attributeCommand('min-joint', reader({}))).toMatchObject({
      value: { filters: { minJoint: 1 } },
    });
    expect(attributeCommand('hide-owner', reader({ 'hide-owner': '' }))).toMatchObject({
      value: { filters: { hideOwner: true } },
    });
    expect(attributeCommand('hide-owner', reader({}))).toMatchObject({
      value: { filters: { hideOwner: false } },
    });
    expect(attributeCommand('resolution', reader({}))).toMatchObject({
      value: { filters: { resolution: 1 } },
    });
    expect(attributeCommand('theme', reader({}))).toMatchObject({
      value: { type: 'set-theme', theme: 'system' },
    });
    expect(attributeCommand('view', reader({ view: 'list' }))).toMatchObject({
      value: { type: 'set-view', view: 'list' },
    });
  });

  it('explains a malformed value instead of applying it', () => {
    const result = attributeCommand('min-joint', reader({ 'min-joint': '-3' }));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/min-joint="-3"/) });
  });
});

describe('attribute aliases', () => {
  it('understands the URL parameter spelling HTML lowercases', () => {
    const attributes = new Map([
      ['minjoint', '3'],
      ['hideowner', ''],
    ]);
    const read = attributeReader((name) => attributes.get(name) ?? null);
    expect(parseUrlState(attributesToQuery(read).query)).toMatchObject({
      minWeight: 3,
      hideOwner: true,
    });
    expect(canonicalAttribute('minjoint')).toBe('min-joint');
    expect(canonicalAttribute('author')).toBe('author');
  });
});
