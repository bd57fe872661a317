/**
 * Persistent identifiers, shared by the build step (which normalises and matches them) and
 * the page (which links them). Values are stored normalised: a DOI in lower case without
 * resolver (`10.1145/3292500.3330701`), an arXiv id without version (`2106.09685`), an ORCID
 * as `0000-0002-1825-0097`, a DBLP person id as `t/TaoLin4`, a DBLP record key as
 * `conf/icml/KoloskovaSJ19`, OpenAlex ids as `W2741809807` / `A5023888391`, a PubMed id as digits.
 */
export interface PaperIds {
  doi?: string[];
  arxiv?: string[];
  dblp?: string[];
  openalex?: string[];
  pmid?: string[];
}

export interface PersonIds {
  orcid?: string;
  dblp?: string;
  openalex?: string;
}

export type PaperIdKind = keyof PaperIds;
export type PersonIdKind = keyof PersonIds;

export const PAPER_ID_KINDS: readonly PaperIdKind[] = ['doi', 'arxiv', 'dblp', 'openalex', 'pmid'];
export const PERSON_ID_KINDS: readonly PersonIdKind[] = ['orcid', 'dblp', 'openalex'];

/** What each id is called on screen and in the report. */
export const ID_LABELS: Record<PaperIdKind | PersonIdKind, string> = {
  doi: 'DOI',
  arxiv: 'arXiv',
  dblp: 'dblp',
  openalex: 'OpenAlex',
  pmid: 'PubMed',
  orcid: 'ORCID',
};

const PAPER_LINKS: Record<PaperIdKind, (id: string) => string> = {
  doi: (id) => `https://doi.org/${encodeURI(id)}`,
  arxiv: (id) => `https://arxiv.org/abs/${encodeURI(id)}`,
  dblp: (id) => `https://dblp.org/rec/${encodeURI(id)}.html`,
  openalex: (id) => `https://openalex.org/${encodeURIComponent(id)}`,
  pmid: (id) => `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(id)}/`,
};

const PERSON_LINKS: Record<PersonIdKind, (id: string) => string> = {
  orcid: (id) => `https://orcid.org/${encodeURIComponent(id)}`,
  dblp: (id) => `https://dblp.org/pid/${encodeURI(id)}.html`,
  openalex: (id) => `https://openalex.org/${encodeURIComponent(id)}`,
};

export interface IdLink {
  kind: PaperIdKind | PersonIdKind;
  label: string;
  id: string;
  href: string;
}

export function paperIdLinks(ids: PaperIds | undefined): IdLink[] {
  if (!ids) return [];
  return PAPER_ID_KINDS.flatMap((kind) =>
    (ids[kind] ?? []).map((id) => ({
      kind,
      label: ID_LABELS[kind],
      id,
      href: PAPER_LINKS[kind](id),
    })),
  );
}

export function personIdLinks(ids: PersonIds | undefined): IdLink[] {
  if (!ids) return [];
  return PERSON_ID_KINDS.flatMap((kind) => {
    const id = ids[kind];
    return id ? [{ kind, label: ID_LABELS[kind], id, href: PERSON_LINKS[kind](id) }] : [];
  });
}
