import { describe, expect, it } from 'vitest';
import { graphFileFromBylines } from '../../tests/support/graphFixtures';
import { deriveCollaborations, jointPapers } from './collaborations';
import { DEFAULT_MAX_LINKED_AUTHORS, markUnlinked } from './linking';
import { validateGraphFile } from './validate';

const crowd = (n: number, prefix = 'm'): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** A lab paper and one 3,000-author consortium paper that two lab members also sign. */
function consortiumFile(extra = {}, size = 3000) {
  return graphFileFromBylines(
    [
      ['lab', 2020, ['a', 'b']],
      ['consortium', 2021, ['a', ...crowd(size - 2), 'b']],
    ],
    extra,
  );
}

describe('hyperauthorship', () => {
  it('marks papers above the threshold of distinct authors, and only those', () => {
    const { papers, unlinked } = markUnlinked(
      [
        { authors: crowd(25) },
        { authors: crowd(26) },
        // 26 printed names, 25 people: linked.
        { authors: [...crowd(25), 'm0'] },
      ],
      DEFAULT_MAX_LINKED_AUTHORS,
    );
    expect(unlinked).toBe(1);
    expect(papers.map((p) => (p as { linked?: false }).linked)).toEqual([
      undefined,
      false,
      undefined,
    ]);
  });

  it('leaves unlinked papers out of the collaborations and joint papers', () => {
    const { graph } = validateGraphFile(consortiumFile()) as {
      graph: ReturnType<typeof consortiumFile>;
    };
    const links = deriveCollaborations(graph.papers);
    expect(links).toEqual([{ source: 'a', target: 'b', weight: 1, papers: ['lab'] }]);
    expect(jointPapers(graph.papers, 'a', 'b').map((p) => p.id)).toEqual(['lab']);
  });

  it('applies the default threshold to a file that carries none', () => {
    const result = validateGraphFile(consortiumFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.maxLinkedAuthors).toBe(25);
    expect(result.graph.papers.find((p) => p.id === 'consortium')?.linked).toBe(false);
    expect(result.graph.papers.find((p) => p.id === 'lab')?.linked).toBeUndefined();
  });

  it("honours the file's threshold and its linked: false marks", () => {
    const loose = validateGraphFile(consortiumFile({ maxLinkedAuthors: 50 }, 40));
    expect(loose.ok && loose.graph.papers.every((p) => p.linked !== false)).toBe(true);
    const file = consortiumFile({ maxLinkedAuthors: 50 }, 40);
    file.papers[1] = { ...file.papers[1]!, linked: false };
    const marked = validateGraphFile(file);
    expect(marked.ok && deriveCollaborations(marked.graph.papers)).toHaveLength(1);
  });

  it('refuses a threshold or a mark of the wrong type', () => {
    expect(validateGraphFile(consortiumFile({ maxLinkedAuthors: 0 })).ok).toBe(false);
    expect(validateGraphFile(consortiumFile({ maxLinkedAuthors: '25' as never })).ok).toBe(false);
    const file = consortiumFile();
    (file.papers[0] as { linked?: unknown }).linked = true;
    expect(validateGraphFile(file).ok).toBe(false);
  });
});
