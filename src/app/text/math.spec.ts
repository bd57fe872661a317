import { describe, expect, it } from 'vitest';
import { seedGraphFile } from '../../../tests/support/graphFixtures';
import { hasMath, splitMath } from './math';

describe('splitMath', () => {
  it('finds inline math', () => {
    expect(splitMath('Rate $\\mathcal{O}(1/\\epsilon)$ here')).toEqual([
      { kind: 'text', text: 'Rate ' },
      { kind: 'math', tex: '\\mathcal{O}(1/\\epsilon)', display: false },
      { kind: 'text', text: ' here' },
    ]);
    expect(splitMath('$\\textbf{Co}$llaborative')).toEqual([
      { kind: 'math', tex: '\\textbf{Co}', display: false },
      { kind: 'text', text: 'llaborative' },
    ]);
  });

  it('leaves prices, stray and escaped dollars as text', () => {
    for (const text of ['costs $5 and $10', 'a $ b', 'only $one', 'price \\$5', '$ x$']) {
      expect(hasMath(text), text).toBe(false);
    }
    expect(splitMath('price \\$5')).toEqual([{ kind: 'text', text: 'price $5' }]);
  });

  it('reads display math', () => {
    expect(splitMath('see $$x^2$$.')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'math', tex: 'x^2', display: true },
      { kind: 'text', text: '.' },
    ]);
  });

  it('loses no text: segments with their delimiters give back the input', () => {
    for (const paper of seedGraphFile().papers) {
      for (const text of [paper.title, paper.abstract ?? '']) {
        if (text.includes('\\$')) continue;
        const rebuilt = splitMath(text)
          .map((s) => (s.kind === 'text' ? s.text : s.display ? `$$${s.tex}$$` : `$${s.tex}$`))
          .join('');
        expect(rebuilt).toBe(text);
      }
    }
  });

  it('finds the math in the seed abstracts', () => {
    const withMath = seedGraphFile().papers.filter((p) => hasMath(p.abstract ?? ''));
    expect(withMath.length).toBeGreaterThan(5);
  });
});
