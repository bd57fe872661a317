/**
 * From resolved papers and people to the records of the graph file (positions come later).
 */
import { PERSON_ID_KINDS, type PersonIds } from '../../model/identifiers';
import type { AuthorRecord, MergedSpelling, PaperRecord } from '../../model/types';
import { compareText } from '../../text/compare';
import { cleanText } from '../../text/fold';
import type { ListingEntry } from '../formats/types';
import { hashString } from '../../util/hash';
import { titleKey } from '../papers/text';
import { mergeMetadata } from '../papers/mergeMetadata';
import type { PaperCluster } from '../papers/types';
import type { PeopleResolution } from '../people/types';

export type UnplacedAuthor = Omit<AuthorRecord, 'x' | 'y'>;

export interface BuiltGraph {
  authors: UnplacedAuthor[];
  papers: PaperRecord[];
  owners: string[];
  /** Paper id per cluster index, for the report. */
  paperIds: string[];
}

/**
 * The byline: the fullest printed list in its order, then anyone the other listings name
 * that it lacks (the owner hidden by `et al.`, names past a cut). Names are people already,
 * place by place, so one person printed two ways in two listings is listed once.
 */
export function composeByline(
  entries: readonly ListingEntry[],
  peopleOf: (entry: ListingEntry) => readonly string[],
): { authors: string[]; complete: boolean } {
  const lists = entries
    .filter((e) => e.authors.length > 0)
    .map((e) => ({
      ids: [...new Set(peopleOf(e).filter((id) => id !== ''))],
      complete: !e.authorsCut && !e.ownerAdded,
    }));
  const ranked = [...lists].sort(
    (a, b) => Number(b.complete) - Number(a.complete) || b.ids.length - a.ids.length,
  );
  const authors: string[] = [];
  for (const list of ranked) for (const id of list.ids) if (!authors.includes(id)) authors.push(id);
  const complete = lists.some((l) => l.complete && l.ids.length === authors.length);
  return { authors, complete };
}

function paperId(title: string, used: Set<string>): string {
  const base = `p${hashString(titleKey(title)).toString(36)}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export function buildGraph(
  clusters: readonly PaperCluster[],
  people: PeopleResolution,
  ownerSpellings: readonly string[],
  peopleOf: (entry: ListingEntry) => readonly string[],
): BuiltGraph {
  const idOf = (spelling: string): string | undefined => {
    const index = people.personOf.get(cleanText(spelling));
    return index === undefined ? undefined : people.people[index]?.id;
  };
  const usedIds = new Set<string>();
  const papers = clusters.map((cluster): PaperRecord => {
    const meta = mergeMetadata(cluster.entries);
    const byline = composeByline(cluster.entries, peopleOf);
    return {
      id: paperId(meta.title, usedIds),
      title: meta.title,
      altTitles: meta.altTitles,
      year: meta.year,
      ...(meta.yearInferred ? { yearInferred: true } : {}),
      ...(meta.date ? { date: meta.date } : {}),
      ...(meta.dateInferred ? { dateInferred: true } : {}),
      ...(meta.venue ? { venue: meta.venue } : {}),
      ...(meta.venueType ? { venueType: meta.venueType } : {}),
      ...(meta.category ? { category: meta.category } : {}),
      ...(meta.hasCode !== undefined ? { hasCode: meta.hasCode } : {}),
      authors: byline.authors,
      authorsComplete: byline.complete,
      ...(meta.abstract ? { abstract: meta.abstract } : {}),
      ...(meta.affiliations.length > 0 ? { affiliations: meta.affiliations } : {}),
      sources: meta.sources,
      ...(meta.ids ? { ids: meta.ids } : {}),
    };
  });

  const owners = [...new Set(ownerSpellings.flatMap((s) => idOf(s) ?? []))].sort();
  const paperCount = new Map<string, number>();
  for (const paper of papers)
    for (const id of paper.authors) paperCount.set(id, (paperCount.get(id) ?? 0) + 1);
  const merged = mergedSpellings(people);
  const authors = people.people
    .filter((person) => paperCount.has(person.id))
    .map((person): UnplacedAuthor => ({
      id: person.id,
      name: person.name,
      aliases: person.aliases,
      paperCount: paperCount.get(person.id) ?? 0,
      ...(owners.includes(person.id) ? { owner: true } : {}),
      ...(Object.keys(person.ids).length > 0 ? { ids: sortedIds(person.ids) } : {}),
      ...(merged.has(person.id) ? { merged: merged.get(person.id)! } : {}),
    }))
    .sort(
      (a, b) =>
        b.paperCount - a.paperCount || compareText(a.name, b.name) || compareText(a.id, b.id),
    );

  const paperIds = papers.map((p) => p.id);
  papers.sort(
    (a, b) =>
      (b.year ?? 0) - (a.year ?? 0) || compareText(a.title, b.title) || compareText(a.id, b.id),
  );
  return { authors, papers, owners, paperIds };
}

/**
 * Per person, the spellings the rules joined and why (the report's `personMerges`, compact):
 * the author panel says it in words. One entry per spelling (a spelling joined at several places
 * of a byline is listed once).
 */
function mergedSpellings(people: PeopleResolution): Map<string, MergedSpelling[]> {
  const out = new Map<string, MergedSpelling[]>();
  const nameOf = new Map(people.people.map((p) => [p.id, p.name]));
  for (const merge of people.merges) {
    let list = out.get(merge.person);
    if (!list) out.set(merge.person, (list = []));
    // The display name is no merged spelling: say which other one it met (`Lingjing Kong 0001`).
    const spelling = merge.spelling === nameOf.get(merge.person) ? merge.into : merge.spelling;
    if (spelling === nameOf.get(merge.person) || list.some((m) => m.spelling === spelling))
      continue;
    list.push({ spelling, rule: merge.rule, evidence: [...merge.evidence] });
  }
  return out;
}

/** Ids in their documented order, so the same person writes the same bytes. */
function sortedIds(ids: PersonIds): PersonIds {
  return Object.fromEntries(
    PERSON_ID_KINDS.flatMap((k) => (ids[k] ? [[k, ids[k]]] : [])),
  ) as PersonIds;
}
