/**
 * BibTeX (`.bib`): a lab's own bibliography. Entries are parsed by citation.js (a maintained
 * BibTeX parser that decodes LaTeX: `Tak{\'a}{\v{c}}` is Takáč, `{Google Research}` stays one
 * corporate name) into CSL items, then read like CSL-JSON. Each entry is parsed on its own,
 * so one broken entry costs only itself and every entry keeps its line number.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { collectCslItem, type CslItem } from './csl';
import { linesOf } from './cslJson';
import { excerpt } from './lines';
import type {
  ListingEntry,
  ListingFormat,
  ParseIssue,
  ParsedListing,
  RejectedEntry,
} from './types';

const ENTRY_START_RE = /@([a-zA-Z]+)\s*([{(])/g;
const NON_ENTRIES = new Set(['comment', 'preamble', 'string']);

interface RawEntry {
  type: string;
  offset: number;
  text: string;
}

/** Entries and `@string` definitions, by balanced braces (or parentheses) from each `@`. */
export function scanBibtex(text: string): { entries: RawEntry[]; strings: string[] } {
  const entries: RawEntry[] = [];
  const strings: string[] = [];
  ENTRY_START_RE.lastIndex = 0;
  for (let match = ENTRY_START_RE.exec(text); match; match = ENTRY_START_RE.exec(text)) {
    const type = (match[1] ?? '').toLowerCase();
    const open = match[2] === '(' ? '(' : '{';
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    let end = -1;
    for (let i = match.index + match[0].length - 1; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === open || (open === '(' && c === '{')) depth++;
      else if (c === close || (open === '(' && c === '}')) {
        depth--;
        if (depth === 0) {
          end = i + 1;
          break;
        }
      }
    }
    const body = text.slice(match.index, end < 0 ? text.length : end);
    if (type === 'string') strings.push(body);
    else if (!NON_ENTRIES.has(type)) entries.push({ type, offset: match.index, text: body });
    if (end > 0) ENTRY_START_RE.lastIndex = end;
  }
  return { entries, strings };
}

/**
 * citation.js turns `$\mathcal{O}(1)$` into `\mathcalO(1)`: math is set aside before parsing
 * and put back after, so titles and abstracts keep their LaTeX for KaTeX.
 */
function protectMath(text: string): { text: string; restore: (value: string) => string } {
  const formulas: string[] = [];
  const protectedText = text.replace(
    /\$[^$]+\$/g,
    (formula) => `zqmath${formulas.push(formula) - 1}zq`,
  );
  return {
    text: protectedText,
    restore: (value) =>
      value.replace(/zqmath(\d+)zq/g, (_, i: string) => formulas[Number(i)] ?? ''),
  };
}

function restoreStrings(
  item: Record<string, unknown>,
  restore: (value: string) => string,
): CslItem {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item))
    out[key] = typeof value === 'string' ? restore(value) : value;
  return out as CslItem;
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
  const { entries: raw, strings } = scanBibtex(source.text);
  const lines = linesOf(
    source.text,
    raw.map((e) => e.offset),
  );
  const macros = strings.join('\n');
  raw.forEach((entry, i) => {
    const ref = { file, line: lines[i] ?? 1 };
    const math = protectMath(entry.text);
    let items: Record<string, unknown>[];
    try {
      items = new Cite(`${macros}\n${math.text}`).data as Record<string, unknown>[];
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
      restoreStrings(item, math.restore),
      ref,
      excerpt(entry.text),
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
