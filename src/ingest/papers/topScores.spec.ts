import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../util/random';
import { TopScores } from './topScores';

describe('TopScores', () => {
  it('keeps what a full sort (score descending, then index) would keep first', () => {
    const random = seededRandom(11);
    const top = new TopScores();
    for (const limit of [0, 1, 3, 12, 24, 500]) {
      for (let round = 0; round < 20; round++) {
        // Coarse scores, so ties on score are common and the index must break them.
        const offers = Array.from({ length: Math.floor(random() * 200) }, (_, i) => ({
          doc: (i * 37) % 211,
          score: Math.floor(random() * 8) / 4,
        }));
        top.reset(limit);
        for (const { doc, score } of offers) top.offer(doc, score);
        const expected = [...offers]
          .sort((p, q) => q.score - p.score || p.doc - q.doc)
          .slice(0, limit)
          .map((o) => o.doc);
        expect(top.documents()).toEqual(expected);
      }
    }
  });
});
