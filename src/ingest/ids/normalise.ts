/**
 * Identifiers as sources print them, to one form each (see `src/model/identifiers.ts`), or
 * undefined when the text is no such id: a wrong ORCID checksum, a DOI without its `10.` prefix.
 */

/** `https://doi.org/10.1145/ABC`, `doi:10.1145/abc`, `DOI 10.1145/abc.` → `10.1145/abc`. */
export function normaliseDoi(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let doi = text.trim();
  try {
    doi = decodeURIComponent(doi);
  } catch {
    // A stray % is part of the DOI text, not an escape.
  }
  doi = doi
    .replace(/^(https?:\/\/)?(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .replace(/^doi\s+/i, '')
    .replace(/[.,;]+$/, '')
    .toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

/** DOIs that preprint servers give: the same work has another, publisher's DOI. */
const PREPRINT_DOI_RE =
  /^10\.(48550\/arxiv\.|1101\/|21203\/rs\.|2139\/ssrn\.|31219\/osf\.io\/|31234\/osf\.io\/|20944\/preprints|26434\/chemrxiv|36227\/techrxiv|22541\/au\.)/;

export function isPreprintDoi(doi: string): boolean {
  return PREPRINT_DOI_RE.test(doi);
}

/** arXiv's own DOI names the arXiv id: `10.48550/arxiv.2106.09685` → `2106.09685`. */
export function arxivFromDoi(doi: string): string | undefined {
  const match = /^10\.48550\/arxiv\.(.+)$/.exec(doi);
  return match ? normaliseArxiv(match[1]) : undefined;
}

/** `arXiv:2106.09685v3`, `https://arxiv.org/abs/2106.09685`, `math/0601001` → without version. */
export function normaliseArxiv(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const id = text
    .trim()
    .replace(/^(https?:\/\/)?(www\.)?arxiv\.org\/(abs|pdf)\//i, '')
    .replace(/^arxiv:\s*/i, '')
    .replace(/\.pdf$/i, '')
    .replace(/v\d+$/i, '');
  if (/^\d{4}\.\d{4,5}$/.test(id)) return id;
  if (/^[a-z-]+(\.[A-Z]{2})?\/\d{7}$/i.test(id)) return id.toLowerCase();
  return undefined;
}

/** ISO 7064 MOD 11-2, the ORCID check digit. */
function orcidCheckDigit(digits: string): string {
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** `https://orcid.org/0000-0002-1825-0097` → `0000-0002-1825-0097`, only when the checksum holds. */
export function normaliseOrcid(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const bare = text
    .trim()
    .replace(/^(https?:\/\/)?(www\.)?orcid\.org\//i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  if (!/^\d{15}[\dX]$/.test(bare)) return undefined;
  if (orcidCheckDigit(bare.slice(0, 15)) !== bare[15]) return undefined;
  return bare.replace(/(.{4})(?=.)/g, '$1-');
}

/** `https://dblp.org/pid/t/TaoLin4.html`, `t/TaoLin4` → `t/TaoLin4`; also numeric pids `131/4471-4`. */
export function normaliseDblpPid(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const pid = text
    .trim()
    .replace(/^(https?:\/\/)?dblp\.(org|uni-trier\.de)\/pid\//i, '')
    .replace(/\.(html|xml|bib)$/i, '');
  return /^[a-z0-9]+\/[\w-]+$/i.test(pid) ? pid : undefined;
}

/** `DBLP:conf/icml/KoloskovaSJ19`, `https://dblp.org/rec/conf/icml/KoloskovaSJ19` → `conf/icml/KoloskovaSJ19`. */
export function normaliseDblpKey(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const key = text
    .trim()
    .replace(/^(https?:\/\/)?dblp\.(org|uni-trier\.de)\/rec\/(bibtex\/)?/i, '')
    .replace(/^DBLP:/i, '')
    .replace(/\.(html|xml|bib)$/i, '');
  return /^(conf|journals|books|phd|series|reference|informal|persons|homepages|tr|ms|www)\/[\w./-]+$/i.test(
    key,
  )
    ? key
    : undefined;
}

/** `https://openalex.org/W2741809807` → `W2741809807` (works `W`, authors `A`). */
export function normaliseOpenAlex(text: string | undefined, kind: 'W' | 'A'): string | undefined {
  if (!text) return undefined;
  const id = text
    .trim()
    .replace(/^(https?:\/\/)?(api\.)?openalex\.org\/(works\/|authors\/|people\/)?/i, '')
    .toUpperCase();
  return new RegExp(`^${kind}\\d+$`).test(id) ? id : undefined;
}

/** `PMID: 12345678`, `https://pubmed.ncbi.nlm.nih.gov/12345678/` → `12345678`. */
export function normalisePmid(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const id = text
    .trim()
    .replace(/^(https?:\/\/)?pubmed\.ncbi\.nlm\.nih\.gov\//i, '')
    .replace(/^pmid:?\s*/i, '')
    .replace(/\/$/, '');
  return /^\d{1,9}$/.test(id) ? id : undefined;
}
