import { LISTING_FORMATS } from '../formats';
import type { BuildReport, ReportIssue } from './types';

const FORMAT_LABELS: Record<string, string> = Object.fromEntries(
  LISTING_FORMATS.map((f) => [f.id, f.label]),
);

/** Control characters would let a file name or a listing's text rewrite the terminal. */
const CONTROL_RE = /\p{Cc}/gu;

export function formatIssue(issue: ReportIssue): string {
  return `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`.replace(
    CONTROL_RE,
    '?',
  );
}

function kilobytes(bytes: number): string {
  return bytes < 10_000 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KB`;
}

/** The short summary the CLI prints: what was read, what came out. */
export function formatSummary(
  report: BuildReport,
  output?: { file: string; bytes: number },
): string {
  const s = report.summary;
  const a = report.accounting;
  const width = Math.max(...report.files.map((f) => f.file.length), 4);
  const lines = report.files.map((f) => {
    const label = FORMAT_LABELS[f.format] ?? f.format;
    const detail =
      f.note ??
      [
        `${f.entries} ${f.entries === 1 ? 'entry' : 'entries'}`,
        f.rejected > 0 ? `${f.rejected} rejected` : '',
        f.owner ? `owner ${f.owner}` : '',
        f.claimedCount !== undefined ? `page claims ${f.claimedCount}` : '',
      ]
        .filter(Boolean)
        .join(', ');
    return `  ${f.file.padEnd(width)}  ${label.padEnd(15)}  ${detail}`;
  });
  return [
    `Read ${s.files} listing file${s.files === 1 ? '' : 's'}:`,
    ...lines,
    `Entries ${a.entriesRead}: ${a.merged} merged into shared papers, ${a.kept} kept as their own paper, ${a.unmatched} unmatched (kept), ${a.rejected} rejected`,
    `Papers ${s.papers} · authors ${s.authors} · collaborations ${s.collaborations} · paper merges ${s.paperMerges} · people merges ${s.personMerges} · unmatched records ${s.unmatched} · likely duplicates ${s.likelyDuplicates} · warnings ${s.warnings}${s.unlinkedPapers ? ` · ${s.unlinkedPapers} paper${s.unlinkedPapers === 1 ? '' : 's'} above ${s.maxLinkedAuthors} authors (not linked)` : ''}`,
    sinceLastBuild(report),
    ...(output ? [`Wrote ${output.file} (${kilobytes(output.bytes)})`] : []),
  ].join('\n');
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * `Since the last build: +1 paper, +1 person, +2 collaborations` (`−1 paper` for removals,
 * `no change` when nothing was added or removed); on a build without a previous graph file,
 * says the layout is a fresh one.
 */
export function sinceLastBuild(report: Pick<BuildReport, 'changes'>): string {
  const c = report.changes;
  if (!c) return 'Since the last build: no previous graph file, fresh layout';
  const parts: string[] = [];
  const add = (added: number, removed: number, one: string, many: string): void => {
    if (added > 0) parts.push(`+${count(added, one, many)}`);
    if (removed > 0) parts.push(`\u2212${count(removed, one, many)}`);
  };
  add(c.papers.added.length, c.papers.removed.length, 'paper', 'papers');
  add(c.people.added.length, c.people.removed.length, 'person', 'people');
  add(
    c.collaborations.added.length,
    c.collaborations.removed.length,
    'collaboration',
    'collaborations',
  );
  if (c.people.renamed.length > 0)
    parts.push(`${count(c.people.renamed.length, 'person', 'people')} renamed`);
  return `Since the last build: ${parts.length > 0 ? parts.join(', ') : 'no change'}`;
}
