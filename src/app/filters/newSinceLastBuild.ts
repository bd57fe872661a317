/**
 * "New since last build" (issue 14): a rebuild marks the papers and people that were not in the
 * previous graph file (`new: true`). The filter dims everything else: the new people, and the
 * people and links of the new papers (a new paper by people already on the map is news too).
 */
import type { GraphFile } from '../../model/types';
import { pairKey } from '../../model/collaborations';

export interface NewSinceLastBuild {
  /** The file was built against a previous one (`changes` present): the filter is offered. */
  available: boolean;
  papers: ReadonlySet<string>;
  /** New people and everyone on a new paper. */
  authors: ReadonlySet<string>;
  /** Pairs (`pairKey`) that sign a new paper together. */
  links: ReadonlySet<string>;
  /** Counts for the toggle's label. */
  newPapers: number;
  newPeople: number;
}

export function newSinceLastBuild(
  file: Pick<GraphFile, 'authors' | 'papers' | 'changes'>,
): NewSinceLastBuild {
  const papers = new Set<string>();
  const authors = new Set<string>();
  const links = new Set<string>();
  let newPeople = 0;
  for (const author of file.authors) {
    if (!author.new) continue;
    authors.add(author.id);
    newPeople++;
  }
  for (const paper of file.papers) {
    if (!paper.new) continue;
    papers.add(paper.id);
    const byline = [...new Set(paper.authors)];
    for (const id of byline) authors.add(id);
    for (let i = 0; i < byline.length; i++)
      for (let j = i + 1; j < byline.length; j++) links.add(pairKey(byline[i]!, byline[j]!));
  }
  return {
    available: file.changes !== undefined,
    papers,
    authors,
    links,
    newPapers: papers.size,
    newPeople,
  };
}

/** The toggle's label: `New since last build (1 paper, 1 person)`. */
export function newSinceLabel(news: Pick<NewSinceLastBuild, 'newPapers' | 'newPeople'>): string {
  const parts = [
    `${news.newPapers} ${news.newPapers === 1 ? 'paper' : 'papers'}`,
    `${news.newPeople} ${news.newPeople === 1 ? 'person' : 'people'}`,
  ];
  return `New since last build (${parts.join(', ')})`;
}
