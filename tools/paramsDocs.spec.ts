import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VIEW_PARAMS } from '../src/app/params/schema';
import { paramTables, README, readmeBlocks, tableCells } from './paramsDocs';

describe('the README’s parameter tables', () => {
  const blocks = readmeBlocks(readFileSync(README, 'utf8'));
  const tables = paramTables();

  it.each(Object.keys(tables))(
    '%s agrees with the parameter table (npm run docs:params)',
    (name) => {
      expect(blocks.has(name)).toBe(true);
      expect(tableCells(blocks.get(name)!)).toEqual(tableCells(tables[name]!));
    },
  );

  it('names every URL parameter, attribute and host-command field of the table', () => {
    const spellings = blocks.get('spellings')!;
    for (const [, spec] of VIEW_PARAMS) {
      expect(blocks.get('iframe')).toContain(`\`${spec.doc.url}\``);
      expect(blocks.get('attributes')).toContain(`\`${spec.attribute}\``);
      expect(spellings).toContain(`\`${spec.command.field}\``);
    }
  });
});
