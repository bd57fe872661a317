/**
 * Identifiers decide papers first: entries with the same DOI, arXiv id, dblp key, OpenAlex
 * work or PubMed id are one work whatever their titles say; two entries with different
 * publisher DOIs, or different arXiv ids, are two works whatever their titles say.
 *
 * The known exception: a preprint server's DOI (arXiv's `10.48550/arXiv.…`, bioRxiv's
 * `10.1101/…`, SSRN, OSF, Research Square…) and the publisher's DOI of the same work differ.
 * Preprint DOIs are told apart by their registrant prefix (`isPreprintDoi`), never veto a
 * publisher DOI, and arXiv's own DOI counts as the arXiv id it names.
 */
import type { PaperIdKind } from '../../model/identifiers';
import type { EntryIds } from '../formats/types';
import { arxivFromDoi, isPreprintDoi } from '../ids/normalise';

/** `kind:value` keys under which two entries are the same work. */
export function sameWorkKeys(ids: EntryIds | undefined): string[] {
  if (!ids) return [];
  const keys: string[] = [];
  const add = (kind: PaperIdKind, value: string | undefined): void => {
    if (value) keys.push(`${kind}:${value}`);
  };
  add('doi', ids.doi);
  add('arxiv', ids.arxiv ?? (ids.doi ? arxivFromDoi(ids.doi) : undefined));
  add('dblp', ids.dblp);
  add('openalex', ids.openalex);
  add('pmid', ids.pmid);
  return [...new Set(keys)];
}

/** The ids that, when two works carry different ones, show two works. */
export interface Distinguishing {
  publisherDoi?: string;
  arxiv?: string;
}

export function distinguishing(ids: EntryIds | undefined): Distinguishing {
  if (!ids) return {};
  const arxiv = ids.arxiv ?? (ids.doi ? arxivFromDoi(ids.doi) : undefined);
  return {
    ...(ids.doi && !isPreprintDoi(ids.doi) ? { publisherDoi: ids.doi } : {}),
    ...(arxiv ? { arxiv } : {}),
  };
}

/** Which id kind two sets of distinguishing ids differ in, if any. */
export function differingId(
  a: readonly Distinguishing[],
  b: readonly Distinguishing[],
): 'doi' | 'arxiv' | undefined {
  const values = (list: readonly Distinguishing[], key: keyof Distinguishing) =>
    new Set(list.flatMap((d) => (d[key] ? [d[key]] : [])));
  for (const [key, kind] of [
    ['publisherDoi', 'doi'],
    ['arxiv', 'arxiv'],
  ] as const) {
    const x = values(a, key);
    const y = values(b, key);
    if (x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v))) return kind;
  }
  return undefined;
}
