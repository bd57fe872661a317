/** The report from the stages' results: every file, every entry's fate, every merge and issue. */
import { compareText } from '../../text/compare';
import type { GraphFile } from '../../model/types';
import type { Rebuild } from '../changes/rebuild';
import type { PaperResolution } from '../papers/types';
import type { PeopleResolution } from '../people/types';
import type { accountFor } from './accounting';
import type { BuildReport, FileReport, ReportIssue } from './types';

export function assembleReport(input: {
  graph: GraphFile;
  files: FileReport[];
  listings: number;
  collaborations: number;
  accounting: ReturnType<typeof accountFor>;
  papers: PaperResolution;
  people: PeopleResolution;
  aliasFiles: readonly string[];
  issues: ReportIssue[];
  rebuild: Rebuild | undefined;
  /** Papers above the largest byline that makes links, and that size. */
  linking: { unlinkedPapers: number; maxLinkedAuthors: number };
}): BuildReport {
  const { graph, papers, people, issues, accounting } = input;
  return {
    summary: {
      files: input.listings,
      entries: accounting.accounting.entriesRead,
      papers: graph.papers.length,
      authors: graph.authors.length,
      collaborations: input.collaborations,
      paperMerges: papers.merges.length,
      personMerges: people.merges.length,
      unmatched: graph.unmatched.length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      likelyDuplicates: people.likelyDuplicates.length,
      unlinkedPapers: input.linking.unlinkedPapers,
      maxLinkedAuthors: input.linking.maxLinkedAuthors,
    },
    accounting: accounting.accounting,
    files: input.files.sort((a, b) => compareText(a.file, b.file)),
    entries: accounting.fates,
    paperMerges: papers.merges,
    papersKeptApart: papers.keptApart,
    personMerges: people.merges,
    likelyDuplicates: people.likelyDuplicates,
    aliasFiles: [...input.aliasFiles],
    // By place, so a file's problems read top to bottom (a stable sort keeps one line's in order).
    issues: issues.sort((a, b) => compareText(a.file, b.file) || a.line - b.line),
    ...(input.rebuild ? { changes: input.rebuild.report } : {}),
  };
}
