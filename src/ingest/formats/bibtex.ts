/**
 * BibTeX (`.bib`): a lab's own bibliography. `bibtexScan.ts` splits the file into entries as
 * biber and JabRef find them (`%` comment lines, unclosed entries, hostile sizes); each entry
 * is then parsed on its own by citation.js (it decodes LaTeX: `Tak{\'a}{\v{c}}` is Takáč,
 * `{Google Research}` stays one corporate name) into a CSL item and read like CSL-JSON, so one
 * broken entry costs only itself and every entry keeps its line number. `latexText.ts` handles
 * the LaTeX citation.js does not (`{\^{}}`, `\-`, `Proc.\ of`, `\mbox`, `{\'{\i}}`) and keeps
 * math for KaTeX.
 *
 * Why citation.js and not @retorquere/bibtex-parser (Better BibTeX's parser), measured on the
 * real lab files in tests/fixtures/real-bibtex/ (entries read / rejected / entries with LaTeX
 * residue in title or names / best of 3 runs on the 2-core machine):
 *
 * | file           | citation.js before      | citation.js now         | @retorquere/bibtex-parser 9.0.29 |
 * | -------------- | ----------------------- | ----------------------- | -------------------------------- |
 * | plai-group.bib | 82 / 3 / 0 / 22 ms      | 82 / 3 / 0 / 40 ms      | 85 / 3 errors / 0 / 375 ms       |
 * | ifn-spaml.bib  | 1854 / 1 / 79 / 401 ms  | 1854 / 1 / 0 / 485 ms   | 1855 / 2 errors / 7 / 1766 ms    |
 * | 3c-lab.bib     | 35 / 0 / 0 / 21 ms      | 35 / 0 / 0 / 21 ms      | 35 / 0 / 0 / 424 ms              |
 *
 * Before, two of plai-group's rejections were entries commented out with `%` ("expected
 * rbrace, got EOF"), and ifn-spaml kept `Fing\-scheidt`, `Proc.\ of`, `\mboxof`, `Martı́n`.
 * retorquere counts an entry it could not finish as read, drops authors it cannot split with
 * only a warning, leaves `ı́` and `<sup>`,
 * parses the file as a whole (entries carry no line) and is 4-20× slower. citation.js with the
 * scan and LaTeX passes here reads the same entries, rejects exactly the broken ones with
 * their line (a missing comma, a missing brace, entries commented out line by line) and
 * leaves no residue.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { MAX_ENTRIES, scanBibtex } from './bibtexScan';
import { collectCslItem, type CslItem } from './csl';
import { finishItem, prepareLatex, protectMath } from './latexText';
import { linesOf } from './lines';
import { excerpt } from './lines';
import { normaliseArxiv, normaliseDblpKey } from '../ids/normalise';
import type {
  EntryIds,
  ListingEntry,
  ListingFormat,
  ParseIssue,
  ParsedListing,
  RejectedEntry,
} from './types';

const NON_ENTRIES = new Set(['comment', 'preamble', 'string']);

/** A simple field's value as written (`{…}` without nested braces, `"…"`, or a bare word). */
function rawField(entry: string, name: string): string | undefined {
  const match = new RegExp(
    `[,{\\s]${name}\\s*=\\s*(?:\\{([^{}]*)\\}|"([^"]*)"|([\\w./:-]+))`,
    'i',
  ).exec(entry);
  return match ? (match[1] ?? match[2] ?? match[3])?.trim() : undefined;
}

/**
 * Ids that citation.js drops on the way to CSL: `eprint` with `archivePrefix = arXiv` (or
 * `eprinttype = arxiv`), dblp's `biburl`. DOI, URL and PMID come through CSL, the key as
 * `citation-key`.
 */
export function bibtexExtraIds(entry: string): EntryIds {
  const ids: EntryIds = {};
  const prefix = rawField(entry, 'archiveprefix') ?? rawField(entry, 'eprinttype');
  const eprint = rawField(entry, 'eprint');
  const arxiv =
    prefix && /^arxiv$/i.test(prefix)
      ? normaliseArxiv(eprint)
      : /^arxiv:/i.test(eprint ?? '')
        ? normaliseArxiv(eprint)
        : undefined;
  if (arxiv) ids.arxiv = arxiv;
  const dblp = normaliseDblpKey(rawField(entry, 'biburl'));
  if (dblp) ids.dblp = dblp;
  return ids;
}

function detect(lines: readonly string[]): number {
  let entries = 0;
  const sample = Math.min(lines.length, 400);
  for (let i = 0; i < sample; i++) {
    const line = lines[i] ?? '';
    const match = /^\s*@([a-zA-Z]+)\s*[{(]/.exec(line);
    if (match && !NON_ENTRIES.has((match[1] ?? '').toLowerCase())) entries++;
  }
  return entries > 0 ? 0.95 : 0;
}

function parse(source: { file: string; text: string }): ParsedListing {
  const { file } = source;
  const issues: ParseIssue[] = [];
  const rejected: RejectedEntry[] = [];
  const entries: ListingEntry[] = [];
  const scan = scanBibtex(source.text);
  const raw = scan.entries;
  const lines = linesOf(source.text, [...raw.map((e) => e.offset), scan.stoppedAt ?? 0]);
  if (scan.stoppedAt !== undefined)
    issues.push({
      file,
      line: lines[raw.length] ?? 1,
      severity: 'warning',
      message: `more than ${MAX_ENTRIES} entries: the rest of the file is not read`,
    });
  const macros = prepareLatex(scan.strings.join('\n'));
  raw.forEach((entry, i) => {
    const ref = { file, line: lines[i] ?? 1 };
    if (entry.problem) {
      rejected.push({
        ref,
        text: excerpt(entry.text),
        reason: `not valid BibTeX (${entry.problem})`,
      });
      return;
    }
    const math = protectMath(entry.text);
    let items: Record<string, unknown>[];
    try {
      items = new Cite(`${macros}\n${prepareLatex(math.text)}`).data as Record<string, unknown>[];
    } catch (error) {
      // citation.js's positions count from the snippet it was given, not the file: drop them.
      const why = ((error as Error).message.split('\n')[0] ?? '').replace(
        / at line \d+ col \d+:?$/,
        '',
      );
      rejected.push({ ref, text: excerpt(entry.text), reason: `not valid BibTeX (${why})` });
      return;
    }
    const item = items[0];
    if (!item) {
      rejected.push({ ref, text: excerpt(entry.text), reason: 'not valid BibTeX' });
      return;
    }
    collectCslItem(
      { entries, rejected, issues },
      finishItem(item as CslItem, math.restore),
      ref,
      excerpt(entry.text),
      bibtexExtraIds(entry.text),
    );
  });
  return { file, format: 'bibtex', entries, rejected, issues };
}

export const bibtex: ListingFormat = {
  id: 'bibtex',
  label: 'BibTeX',
  extensions: ['.bib', '.bibtex'],
  hint: 'entries like "@inproceedings{key, title = {…}, author = {Last, First and …}, year = 2024}"',
  detect,
  parse,
};
