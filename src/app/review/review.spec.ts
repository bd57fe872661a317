import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../ingest/pipeline';
import { validateGraphFile } from '../../model/validate';
import { buildAtlasData } from '../data/atlasData';
import { paperItems, personItems, RISKY_RULES, whyMerged } from './review';

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: readFileSync(`seeds/${f}`, 'utf8') }));
const { graph, report } = runPipeline({ sources: seeds, aliasFiles: [] });

describe('Review names items', () => {
  const data = buildAtlasData(graph);
  const items = personItems(data, report);

  it('lists the likely duplicates with named evidence and only risky merges, by reach', () => {
    const celestine = items.find((i) => i.names.includes('Celestine Dünner'))!;
    expect(celestine.kind).toBe('duplicate');
    expect(celestine.evidence).toContain('1 shared coauthor: Martin Jaggi');
    expect(celestine.evidence.some((e) => e.startsWith("Celestine Dünner's papers (3): “"))).toBe(
      true,
    );
    for (const item of items) if (item.kind === 'merge') expect(RISKY_RULES).toContain(item.rule);
    const impacts = items.map((i) => i.impact);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
  });

  it('maps paper merges to the paper they made, never identifier merges', () => {
    const papers = paperItems(graph, report);
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.every((p) => p.kind === 'paper-apart' || p.entries.length === 2)).toBe(true);
  });

  it('the graph file carries merged spellings that validate, said in words', () => {
    expect(validateGraphFile(JSON.parse(JSON.stringify(graph))).ok).toBe(true);
    const stich = graph.authors.find((a) => a.name === 'Sebastian U. Stich')!;
    expect(whyMerged(stich)).toEqual([
      {
        spelling: 'Sebastian Stich',
        because: 'the same first and last names; one adds a middle name or initial',
      },
    ]);
    const broken = JSON.parse(JSON.stringify(graph)) as { authors: Record<string, unknown>[] };
    broken.authors[0]!['merged'] = [{ spelling: 'x' }];
    expect(validateGraphFile(broken).ok).toBe(false);
  });
});
