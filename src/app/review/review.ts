/**
 * "Review names" (issue 15): what to review, in the order that matters most. The likely
 * duplicates the build did not merge and its riskiest merges (initials, aligned bylines, middle
 * names), each with its evidence named (shared coauthors, papers), sorted by how much a decision
 * changes the map (papers × coauthors affected); then paper merges and papers kept apart.
 * Sigma-free and Svelte-free: tested in Node.
 */
import type { AuthorRecord, GraphFile, PaperRecord, SourceRef } from '../../model/types';
import type { AtlasData } from '../data/atlasData';

/** What the review endpoint answers (the last build's report, in part). */
export interface ReviewReport {
  likelyDuplicates: { ids: [string, string]; names: [string, string]; evidence: string[] }[];
  paperMerges: { a: SourceRef; b: SourceRef; kind: string; identifier?: string }[];
  papersKeptApart: { a: SourceRef; b: SourceRef; reason: string }[];
}

export type PersonItem =
  | {
      kind: 'duplicate';
      key: string;
      names: [string, string];
      ids: [string, string];
      evidence: string[];
      impact: number;
    }
  | {
      kind: 'merge';
      key: string;
      author: string;
      names: [string, string];
      rule: string;
      evidence: string[];
      impact: number;
    };

export interface PaperItem {
  kind: 'paper-merge' | 'paper-apart';
  key: string;
  entries: [string, string];
  titles: [string, string];
  evidence: string[];
  impact: number;
}

/** Merges a person should look at: the ones on evidence, not on the same letters or an id. */
export const RISKY_RULES: readonly string[] = ['initials', 'aligned-byline', 'middle-names'];

const RULE_WORDS: Record<string, string> = {
  'alias-file': 'the alias file lists them as one person',
  orcid: 'the same ORCID',
  'dblp-pid': 'the same dblp person id',
  'openalex-author': 'the same OpenAlex author id',
  'same-letters': 'the same letters (only case or accents differ)',
  'dblp-suffix': "the same name without dblp's number",
  transliteration: 'the same name transliterated (ä as ae, a Russian given name romanised)',
  'middle-names': 'the same first and last names; one adds a middle name or initial',
  'aligned-byline': "printed in the same place of one paper's byline in two listings",
  initials: 'initials that fit only this fuller name, with a coauthor in common',
};

/** A merge rule in plain words. */
export function ruleInWords(rule: string): string {
  return RULE_WORDS[rule] ?? rule;
}

const MAX_NAMED = 4;
function named(label: string, items: readonly string[]): string {
  const shown = items.slice(0, MAX_NAMED).join('; ');
  const more = items.length > MAX_NAMED ? ` and ${items.length - MAX_NAMED} more` : '';
  return `${label}: ${shown}${more}`;
}

const quoted = (t: string) => `“${t}”`;

function personEvidence(data: AtlasData, ids: readonly string[]): string[] {
  const [a, b] = ids.map((id) => data.authorById.get(id));
  const out: string[] = [];
  if (a && b) {
    const of = new Set(data.coauthors.get(a.id) ?? []);
    const shared = (data.coauthors.get(b.id) ?? []).filter((c) => of.has(c));
    out.push(
      shared.length > 0
        ? named(
            `${shared.length} shared coauthor${shared.length === 1 ? '' : 's'}`,
            shared.map((c) => data.authorById.get(c)?.name ?? c),
          )
        : 'no shared coauthor',
    );
  }
  for (const author of [a, b]) {
    if (!author) continue;
    const papers = data.papersByAuthor.get(author.id) ?? [];
    out.push(
      named(
        `${author.name}'s papers (${papers.length})`,
        papers.map((p) => quoted(p.title)),
      ),
    );
  }
  return out;
}

function reach(data: AtlasData, ids: readonly string[]): number {
  const papers = new Set<string>();
  const coauthors = new Set<string>();
  for (const id of ids) {
    for (const p of data.papersByAuthor.get(id) ?? []) papers.add(p.id);
    for (const c of data.coauthors.get(id) ?? []) if (!ids.includes(c)) coauthors.add(c);
  }
  return papers.size * Math.max(1, coauthors.size);
}

export function personItems(
  data: AtlasData,
  report: ReviewReport | null,
  allMerges = false,
): PersonItem[] {
  const items: PersonItem[] = [];
  for (const d of report?.likelyDuplicates ?? []) {
    if (!d.ids.every((id) => data.authorById.has(id))) continue;
    items.push({
      kind: 'duplicate',
      key: `duplicate:${d.ids.join('|')}`,
      names: d.names,
      ids: d.ids,
      evidence: [
        ...d.evidence.filter((e) => !/shared coauthor/.test(e)),
        ...personEvidence(data, d.ids),
      ],
      impact: reach(data, d.ids),
    });
  }
  for (const author of data.authors) {
    for (const m of author.merged ?? []) {
      if (!allMerges && !RISKY_RULES.includes(m.rule)) continue;
      items.push({
        kind: 'merge',
        key: `merge:${author.id}|${m.spelling}`,
        author: author.id,
        names: [author.name, m.spelling],
        rule: m.rule,
        evidence: [ruleInWords(m.rule), ...m.evidence, ...personEvidence(data, [author.id])],
        impact: reach(data, [author.id]),
      });
    }
  }
  return items.sort((x, y) => y.impact - x.impact || x.key.localeCompare(y.key));
}

const refText = (r: SourceRef) => `${r.file}:${r.line}`;

function paperOfRef(papers: readonly PaperRecord[]): Map<string, PaperRecord> {
  const out = new Map<string, PaperRecord>();
  for (const p of papers) for (const s of p.sources) out.set(refText(s), p);
  return out;
}

export function paperItems(file: GraphFile, report: ReviewReport | null): PaperItem[] {
  if (!report) return [];
  const byRef = paperOfRef(file.papers);
  const items: PaperItem[] = [];
  for (const m of report.paperMerges) {
    // Two entries with one DOI or arXiv id are one work: nothing to review.
    if (m.kind === 'identifier' || m.kind === 'alias-file') continue;
    const paper = byRef.get(refText(m.a));
    if (!paper || byRef.get(refText(m.b)) !== paper) continue;
    items.push({
      kind: 'paper-merge',
      key: `paper-merge:${refText(m.a)}|${refText(m.b)}`,
      entries: [refText(m.a), refText(m.b)],
      titles: [paper.title, paper.altTitles[0] ?? paper.title],
      evidence: [`merged on ${m.kind.replaceAll('-', ' ')}`, `${refText(m.a)} and ${refText(m.b)}`],
      impact: paper.authors.length,
    });
  }
  for (const k of report.papersKeptApart) {
    const a = byRef.get(refText(k.a));
    const b = byRef.get(refText(k.b));
    if (!a || !b || a === b) continue;
    items.push({
      kind: 'paper-apart',
      key: `paper-apart:${refText(k.a)}|${refText(k.b)}`,
      entries: [refText(k.a), refText(k.b)],
      titles: [a.title, b.title],
      evidence: [
        `kept apart: ${k.reason.replaceAll('-', ' ')}`,
        `${refText(k.a)} and ${refText(k.b)}`,
      ],
      impact: a.authors.length + b.authors.length,
    });
  }
  return items.sort((x, y) => y.impact - x.impact || x.key.localeCompare(y.key));
}

/** The author panel's "Why merged": each merged spelling and its evidence in words. */
export function whyMerged(author: AuthorRecord): { spelling: string; because: string }[] {
  return (author.merged ?? []).map((m) => ({
    spelling: m.spelling,
    because: [ruleInWords(m.rule), ...m.evidence].join('; '),
  }));
}
