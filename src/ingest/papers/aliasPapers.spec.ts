import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAliasFile } from '../people/aliases';
import { runPipeline } from '../pipeline';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: readFileSync(`seeds/${f}`, 'utf8') }));

describe('the alias file decides papers too', () => {
  const plain = runPipeline({ sources: seeds, aliasFiles: [] });
  const merge = plain.report.paperMerges.find((m) => m.kind === 'title-and-abstract')!;
  const a = `${merge.a.file}:${merge.a.line}`;
  const b = `${merge.b.file}:${merge.b.line}`;

  it('"papers.distinct" splits a merge the text made, "papers.same" joins it again', () => {
    const distinct = runPipeline({
      sources: seeds,
      aliasFiles: [
        { file: 'aliases.json', text: JSON.stringify({ papers: { distinct: [[a, b]] } }) },
      ],
    });
    expect(distinct.graph.papers.length).toBe(plain.graph.papers.length + 1);
    expect(distinct.report.papersKeptApart).toContainEqual({
      a: merge.a,
      b: merge.b,
      reason: 'alias-file',
    });
    // Named by a tail of the path works as well.
    const tail = runPipeline({
      sources: seeds.map((s) => ({ ...s, file: `in/${s.file}` })),
      aliasFiles: [
        { file: 'aliases.json', text: JSON.stringify({ papers: { distinct: [[a, b]] } }) },
      ],
    });
    expect(tail.graph.papers.length).toBe(plain.graph.papers.length + 1);
  });

  it('refuses a malformed papers section with its line', () => {
    expect(() => parseAliasFile('a.json', '{\n"papers": {"same": [["x"]]}\n}')).toThrow(/a.json:2/);
  });
});
