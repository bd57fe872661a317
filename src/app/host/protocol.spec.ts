import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventMessage,
  parseIncomingMessage,
  PROTOCOL,
  PROTOCOL_VERSION,
  unknownFields,
} from './protocol';

const message = (fields: Record<string, unknown>) => ({
  protocol: PROTOCOL,
  version: PROTOCOL_VERSION,
  ...fields,
});

describe('parseIncomingMessage', () => {
  it('turns each command type into a command', () => {
    expect(parseIncomingMessage(message({ type: 'select-author', author: ' takac ' }))).toEqual({
      kind: 'command',
      command: { type: 'select-author', author: 'takac' },
    });
    expect(parseIncomingMessage(message({ type: 'select-author', author: null }))).toEqual({
      kind: 'command',
      command: { type: 'select-author', author: null },
    });
    expect(parseIncomingMessage(message({ type: 'open-pair', author: 'a', with: 'b' }))).toEqual({
      kind: 'command',
      command: { type: 'open-pair', author: 'a', with: 'b' },
    });
    expect(
      parseIncomingMessage(
        message({
          type: 'set-filters',
          from: 2019,
          to: null,
          minJoint: '2',
          hideOwner: true,
          resolution: 1.5,
        }),
      ),
    ).toEqual({
      kind: 'command',
      command: {
        type: 'set-filters',
        filters: { from: 2019, to: null, minJoint: 2, hideOwner: true, resolution: 1.5 },
      },
    });
    expect(parseIncomingMessage(message({ type: 'set-theme', theme: 'dark' }))).toMatchObject({
      command: { type: 'set-theme', theme: 'dark' },
    });
    expect(parseIncomingMessage(message({ type: 'set-view', view: 'list' }))).toMatchObject({
      command: { type: 'set-view', view: 'list' },
    });
  });

  it('leaves other scripts’ messages alone', () => {
    for (const data of [
      null,
      'hello',
      42,
      [],
      { type: 'select-author', author: 'x' },
      { protocol: 'other' },
    ]) {
      expect(parseIncomingMessage(data)).toEqual({ kind: 'foreign' });
    }
  });

  it('explains malformed messages of its own protocol', () => {
    const reason = (data: unknown) => {
      const parsed = parseIncomingMessage(data);
      return parsed.kind === 'invalid' ? parsed.reason : `not invalid: ${parsed.kind}`;
    };
    expect(reason({ protocol: PROTOCOL, version: 2, type: 'select-author', author: 'x' })).toMatch(
      /unsupported protocol version 2/,
    );
    expect(reason({ protocol: PROTOCOL, type: 'select-author', author: 'x' })).toMatch(/version/);
    expect(reason(message({ type: 'delete-everything' }))).toMatch(/unknown command type/);
    expect(reason(message({ type: 'select-author', author: 7 }))).toMatch(/author/);
    expect(reason(message({ type: 'select-author', author: { id: 'x' } }))).toMatch(/author/);
    expect(reason(message({ type: 'select-author', author: '   ' }))).toMatch(/empty/);
    expect(reason(message({ type: 'open-pair', author: 'a' }))).toMatch(/with/);
    expect(reason(message({ type: 'set-filters', minJoint: 0 }))).toMatch(/joint papers/);
    expect(reason(message({ type: 'set-filters', from: '20x0' }))).toMatch(/not a year/);
    expect(reason(message({ type: 'set-filters', hideOwner: 'yes' }))).toMatch(/hideOwner/);
    expect(reason(message({ type: 'set-filters', resolution: 99 }))).toMatch(/outside/);
    expect(reason(message({ type: 'set-filters' }))).toMatch(/names none/);
    expect(reason(message({ type: 'set-theme', theme: 'purple' }))).toMatch(
      /light, dark or system/,
    );
  });

  it('refuses hostile values field by field', () => {
    const reason = (fields: Record<string, unknown>) => {
      const parsed = parseIncomingMessage(message(fields));
      return parsed.kind === 'invalid' ? parsed.reason : `not invalid: ${parsed.kind}`;
    };
    expect(reason({ type: 'set-filters', resolution: Infinity })).toMatch(/resolution/);
    expect(reason({ type: 'set-filters', resolution: '1e999' })).toMatch(/not a number/);
    expect(reason({ type: 'set-filters', minJoint: -3 })).toMatch(/joint papers/);
    expect(reason({ type: 'set-filters', from: 1e21 })).toMatch(/not a year/);
    expect(reason({ type: 'set-filters', from: 'abc' })).toMatch(/not a year/);
    expect(reason({ type: 'set-theme', theme: 'javascript:alert(1)' })).toMatch(/light, dark/);
    expect(reason({ type: 'set-view', view: '<script>' })).toMatch(/map or list/);
    expect(reason({ type: '__proto__' })).toMatch(/unknown command type/);
    // Markup in an author reference is only ever looked up as a name.
    expect(parseIncomingMessage(message({ type: 'select-author', author: '<img src=x>' }))).toEqual(
      { kind: 'command', command: { type: 'select-author', author: '<img src=x>' } },
    );
  });

  it('names fields a command does not have', () => {
    expect(unknownFields(message({ type: 'set-filters', from: 2019, colour: 'red' }))).toEqual([
      'colour',
    ]);
    const polluted = JSON.parse(
      `{"protocol":"${PROTOCOL}","version":1,"type":"set-view","view":"list","__proto__":{"x":1}}`,
    ) as unknown;
    expect(unknownFields(polluted)).toEqual(['__proto__']);
    expect(unknownFields(message({ type: 'open-pair', author: 'a', with: 'b' }))).toEqual([]);
    expect(unknownFields('nonsense')).toEqual([]);
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (type, author, extra) => {
        const parsed = parseIncomingMessage(message({ type, author, with: extra, from: extra }));
        expect(['command', 'invalid']).toContain(parsed.kind);
      }),
    );
    fc.assert(fc.property(fc.anything(), (data) => void parseIncomingMessage(data)));
  });
});

describe('eventMessage', () => {
  it('wraps an event in the protocol envelope', () => {
    expect(eventMessage({ type: 'resize', detail: { height: 480 } })).toEqual({
      protocol: 'coauthor-atlas',
      version: 1,
      type: 'resize',
      detail: { height: 480 },
    });
  });
});
