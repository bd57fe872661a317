import { describe, expect, it } from 'vitest';
import type { PersonIds } from '../../model/identifiers';
import { resolveAuthors, type NameOccurrence } from './resolveAuthors';

/** Each byline a paper of its own; `[name, ids]` where a source gives ids. */
function occurrences(bylines: [string, PersonIds?][][]): NameOccurrence[] {
  return bylines.flatMap((names, byline) =>
    names.map(([spelling, ids], position) => ({
      spelling,
      paper: byline,
      byline,
      position,
      ...(ids ? { ids } : {}),
    })),
  );
}

const ORCID_A = '0000-0002-1825-0097';
const ORCID_B = '0000-0002-1694-233X';

describe('identifiers decide people first', () => {
  it('two Wei Wangs with two ORCIDs are two people; the bare spelling joins neither', () => {
    const { people, merges } = resolveAuthors(
      occurrences([
        [['Wei Wang', { orcid: ORCID_A }], ['Ann Lee']],
        [['Wei Wang', { orcid: ORCID_B }], ['Bo Chen']],
        [['Wei Wang'], ['Cy Park']],
        [['Wei Wang', { orcid: ORCID_A }], ['Dee Roe']],
      ]),
    );
    const wangs = people.filter((p) => p.name === 'Wei Wang');
    expect(wangs.map((p) => [p.ids.orcid, p.papers])).toEqual([
      [ORCID_A, [0, 3]],
      [ORCID_B, [1]],
      [undefined, [2]],
    ]);
    expect(merges.every((m) => m.rule !== 'same-letters')).toBe(true);
  });

  it('a bare spelling two known people share joins neither, however often it is printed', () => {
    // The bare name is the most frequent, so it comes first in every fullness order.
    const { people } = resolveAuthors(
      occurrences([
        [['Tao Lin']],
        [['Tao Lin']],
        [['Tao Lin']],
        [['Tao Lin 0002']],
        [['Tao Lin 0004']],
        [['Tao Lin', { dblp: 'l/TaoLin2' }]],
      ]),
    );
    expect(people.map((p) => p.spellings)).toEqual([
      ['Tao Lin'],
      ['Tao Lin 0002'],
      ['Tao Lin 0004'],
      // A pid that says neither 0002 nor 0004 could be either: it stays apart too.
      ['Tao Lin'],
    ]);
  });

  it('the same ORCID or dblp pid is one person whatever the spellings, and the report says so', () => {
    const { people, merges } = resolveAuthors(
      occurrences([
        [['Wei Wang', { orcid: ORCID_A }]],
        [['W. Wang', { orcid: ORCID_A }]],
        [['Tao Lin 0004', { dblp: 'l/TaoLin4' }]],
        [['T. Lin', { dblp: 'l/TaoLin4' }]],
      ]),
    );
    expect(people.map((p) => p.spellings)).toEqual([
      ['W. Wang', 'Wei Wang'],
      ['T. Lin', 'Tao Lin 0004'],
    ]);
    expect(merges.map((m) => [m.spelling, m.rule, m.evidence[0]])).toEqual([
      ['T. Lin', 'dblp-pid', 'same dblp l/TaoLin4'],
      ['W. Wang', 'orcid', `same ORCID ${ORCID_A}`],
    ]);
  });

  it('different ids veto every name rule, even a byline alignment', () => {
    const { people } = resolveAuthors([
      // One paper, two listings, same place: would align, but the pids differ.
      {
        spelling: 'Sebastian U. Stich',
        paper: 0,
        byline: 0,
        position: 0,
        ids: { dblp: 's/SUStich' },
      },
      { spelling: 'Sebastian Stich', paper: 0, byline: 1, position: 0, ids: { dblp: 's/SStich2' } },
    ]);
    expect(people).toHaveLength(2);
  });
});
