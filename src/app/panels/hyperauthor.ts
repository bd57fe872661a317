/**
 * How the panel shows a hyperauthored paper (`linked: false`, see src/model/linking.ts): a
 * note that its byline makes no collaborations, and a byline cut to its first names plus the
 * people the list is about, so a 3,000-author paper is not 3,000 buttons in every list.
 */
import { distinctAuthors } from '../../model/linking';
import type { PaperRecord } from '../../model/types';

/** Names shown of a cut byline before "and N more". */
export const BYLINE_HEAD = 10;

export function unlinkedNote(paper: Pick<PaperRecord, 'authors'>): string {
  return `${distinctAuthors(paper.authors).toLocaleString('en-US')} authors: not counted as collaborations`;
}

/** The byline ids to show (distinct, in byline order) and how many are left out. */
export function bylineShown(
  paper: Pick<PaperRecord, 'authors' | 'linked'>,
  current: readonly string[],
  open: boolean,
): { ids: string[]; hidden: number } {
  const ids = [...new Set(paper.authors)];
  if (open || paper.linked !== false || ids.length <= BYLINE_HEAD + current.length) {
    return { ids, hidden: 0 };
  }
  const keep = new Set(current);
  const shown = ids.filter((id, i) => i < BYLINE_HEAD || keep.has(id));
  return { ids: shown, hidden: ids.length - shown.length };
}
