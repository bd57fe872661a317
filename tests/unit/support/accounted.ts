/**
 * What "lose nothing" means, checked on a build: every entry of every input has exactly one
 * fate, the fates agree with the graph file, and the graph file is valid.
 */
import { expect } from 'vitest';
import type { GraphFile } from '../../../src/model/types';
import { validateGraphFile } from '../../../src/model/validate';
import type { BuildReport } from '../../../src/ingest/report/types';
import { serialize } from '../../../src/ingest/write/writeOutput';

const at = (ref: { file: string; line: number }): string => `${ref.file}:${ref.line}`;

/** Problems with the accounting of one build; empty when every entry is accounted for. */
export function accountingProblems(graph: GraphFile, report: BuildReport): string[] {
  const problems: string[] = [];
  const a = report.accounting;
  if (!a.balanced) problems.push('accounting not balanced');
  if (a.merged + a.kept + a.unmatched + a.rejected !== a.entriesRead)
    problems.push(`counts do not add up: ${JSON.stringify(a)}`);
  if (report.entries.length !== a.entriesRead)
    problems.push(`${report.entries.length} fates for ${a.entriesRead} entries`);
  if (report.summary.entries !== a.entriesRead) problems.push('summary disagrees with accounting');

  const keys = report.entries.map(at);
  if (new Set(keys).size !== keys.length) problems.push('an entry has two fates');
  for (const file of report.files) {
    const fates = report.entries.filter((e) => e.file === file.file).length;
    if (fates !== file.entries + file.rejected)
      problems.push(`${file.file}: ${fates} fates for ${file.entries + file.rejected} entries`);
  }

  const papers = new Map(graph.papers.map((p) => [p.id, p]));
  const issueAt = new Set(report.issues.map(at));
  const placed: string[] = [];
  for (const fate of report.entries) {
    if (fate.outcome === 'merged' || fate.outcome === 'kept') {
      const paper = papers.get(fate.paper);
      if (!paper) problems.push(`${at(fate)}: paper ${fate.paper} not in the graph`);
      else if (!paper.sources.some((s) => at(s) === at(fate)))
        problems.push(`${at(fate)}: not among the sources of ${fate.paper}`);
      placed.push(at(fate));
    } else if (fate.outcome === 'unmatched') {
      const record = graph.unmatched[fate.record];
      const refs = record ? [record, ...(record.otherSources ?? [])].map(at) : [];
      if (!refs.includes(at(fate))) problems.push(`${at(fate)}: not in unmatched[${fate.record}]`);
    } else {
      if (fate.reason === '' || fate.reason.startsWith('internal:'))
        problems.push(`${at(fate)}: rejected for "${fate.reason}"`);
      // A rejected entry is never silent: a warning on its line says why.
      if (!issueAt.has(at(fate))) problems.push(`${at(fate)}: rejected without a message`);
    }
  }
  const sources = graph.papers.flatMap((p) => p.sources.map(at));
  if ([...sources].sort().join('\n') !== [...placed].sort().join('\n'))
    problems.push('paper sources and merged/kept entries differ');
  const unmatchedRefs = graph.unmatched.flatMap((u) => [u, ...(u.otherSources ?? [])].map(at));
  const unmatchedFates = report.entries.filter((e) => e.outcome === 'unmatched').map(at);
  if ([...unmatchedRefs].sort().join('\n') !== [...unmatchedFates].sort().join('\n'))
    problems.push('unmatched records and unmatched entries differ');

  const validation = validateGraphFile(JSON.parse(serialize(graph)));
  if (!validation.ok) problems.push(`invalid graph file: ${validation.problem.message}`);
  return problems;
}

export function expectAccounted(graph: GraphFile, report: BuildReport): void {
  expect(accountingProblems(graph, report)).toEqual([]);
}
