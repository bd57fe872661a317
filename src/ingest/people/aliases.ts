/**
 * The alias file: what name rules cannot decide (a changed surname, a nickname), decided by
 * a person. Like VOSviewer's thesaurus files, but JSON:
 *
 *   {
 *     "version": 1,
 *     "people": { "Celestine Mendler-Dünner": ["Celestine Dünner"] },
 *     "distinct": [["Tao Lin 0002", "Tao Lin 0004"]]
 *   }
 *
 * `people` maps a canonical display name to the variants that mean the same person;
 * `distinct` lists spellings that must never be merged, whatever the rules say.
 *
 * `papers` (optional) does the same for papers, naming listing entries by `file:line` (the file
 * as the report names it, or any tail of its path):
 *
 *   "papers": { "distinct": [["a.txt:12", "b.bib:40"]], "same": [["a.txt:30", "c.ris:7"]] }
 */
import { fold } from '../../text/fold';
import type { ReportIssue } from '../report/types';

export interface AliasTable {
  file: string;
  /** Canonical display name per variant (and per canonical name itself). */
  canonical: Map<string, string>;
  /** Pairs of spellings that are known to be different people. */
  distinct: [string, string][];
  /** Listing entries (`file:line`) that are two works, and entries that are one. */
  papers?: { distinct: [string, string][]; same: [string, string][] };
}

export const ALIAS_FILE_NAME = 'aliases.json';

export class AliasFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

/** Spellings are looked up folded, so `Celestine Dunner` finds `Celestine Dünner`. */
export function aliasKey(spelling: string): string {
  return fold(spelling);
}

/** The canonical name for a spelling: listed as printed, or without its DBLP suffix. */
export function canonicalName(table: AliasTable | undefined, spelling: string): string | undefined {
  if (!table) return undefined;
  const key = aliasKey(spelling);
  return table.canonical.get(key) ?? table.canonical.get(key.replace(/\s+\d{4}$/, ''));
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(JSON.stringify(needle));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

export function parseAliasFile(file: string, text: string): AliasTable {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : 1;
    throw new AliasFileError(file, line, `not valid JSON: ${message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new AliasFileError(
      file,
      1,
      'expected an object with "people" (and optionally "distinct")',
    );
  }
  const record = data as Record<string, unknown>;
  if (record['version'] !== undefined && record['version'] !== 1) {
    throw new AliasFileError(
      file,
      lineOf(text, 'version'),
      `unsupported version ${JSON.stringify(record['version'])}: this build reads version 1`,
    );
  }
  const canonical = new Map<string, string>();
  const people = record['people'] ?? {};
  if (typeof people !== 'object' || people === null || Array.isArray(people)) {
    throw new AliasFileError(
      file,
      lineOf(text, 'people'),
      '"people" must map a canonical name to a list of variants',
    );
  }
  for (const [name, variants] of Object.entries(people)) {
    if (!Array.isArray(variants) || !variants.every((v): v is string => typeof v === 'string')) {
      throw new AliasFileError(
        file,
        lineOf(text, name),
        `variants of "${name}" must be a list of names`,
      );
    }
    for (const spelling of [name, ...variants]) {
      const key = aliasKey(spelling);
      const earlier = canonical.get(key);
      if (earlier !== undefined && earlier !== name) {
        throw new AliasFileError(
          file,
          lineOf(text, spelling),
          `"${spelling}" is listed under both "${earlier}" and "${name}"`,
        );
      }
      canonical.set(key, name);
    }
  }
  const distinctRaw = record['distinct'] ?? [];
  if (!Array.isArray(distinctRaw)) {
    throw new AliasFileError(
      file,
      lineOf(text, 'distinct'),
      '"distinct" must be a list of name pairs',
    );
  }
  const distinct = distinctRaw.map((pair): [string, string] => {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((p) => typeof p === 'string')) {
      throw new AliasFileError(
        file,
        lineOf(text, 'distinct'),
        'each "distinct" entry must be a pair of names',
      );
    }
    return [pair[0] as string, pair[1] as string];
  });
  const papers = parsePaperDecisions(file, text, record['papers']);
  return { file, canonical, distinct, ...(papers ? { papers } : {}) };
}

function parsePaperDecisions(
  file: string,
  text: string,
  raw: unknown,
): AliasTable['papers'] | undefined {
  if (raw === undefined) return undefined;
  const fail = (message: string): never => {
    throw new AliasFileError(file, lineOf(text, 'papers'), message);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    fail('"papers" must be an object with "distinct" and "same" lists');
  const record = raw as Record<string, unknown>;
  const pairs = (key: 'distinct' | 'same'): [string, string][] => {
    const list = record[key] ?? [];
    if (!Array.isArray(list)) fail(`"papers.${key}" must be a list of pairs`);
    return (list as unknown[]).map((pair): [string, string] => {
      if (
        !Array.isArray(pair) ||
        pair.length !== 2 ||
        !pair.every((p) => typeof p === 'string' && PAPER_REF.test(p))
      )
        fail(`each "papers.${key}" entry must be a pair of "file:line" entries`);
      return [(pair as string[])[0]!, (pair as string[])[1]!];
    });
  };
  return { distinct: pairs('distinct'), same: pairs('same') };
}

const PAPER_REF = /^.+:\d+$/;

/** Whether `ref` (`file:line` from the alias file) names the entry at `file` line `line`. */
export function paperRefMatches(ref: string, file: string, line: number): boolean {
  const at = ref.lastIndexOf(':');
  if (Number(ref.slice(at + 1)) !== line) return false;
  const named = ref.slice(0, at).replaceAll('\\', '/');
  return named === file || file.endsWith(`/${named}`) || named.endsWith(`/${file}`);
}

/** Several alias files (one per input folder) act as one; the first file wins on conflicts. */
export function mergeAliasTables(tables: readonly AliasTable[]): AliasTable | undefined {
  if (tables.length === 0) return undefined;
  const canonical = new Map<string, string>();
  for (const table of tables)
    for (const [k, v] of table.canonical) if (!canonical.has(k)) canonical.set(k, v);
  return {
    file: tables.map((t) => t.file).join(', '),
    canonical,
    distinct: tables.flatMap((t) => t.distinct),
    ...(tables.some((t) => t.papers)
      ? {
          papers: {
            distinct: tables.flatMap((t) => t.papers?.distinct ?? []),
            same: tables.flatMap((t) => t.papers?.same ?? []),
          },
        }
      : {}),
  };
}

/** The alias files a build was given, as one table; a broken file is an error at its line. */
export function loadAliasTables(files: readonly { file: string; text: string }[]): {
  value: AliasTable | undefined;
  problems: ReportIssue[];
} {
  const tables: AliasTable[] = [];
  const problems: ReportIssue[] = [];
  for (const file of files) {
    try {
      tables.push(parseAliasFile(file.file, file.text));
    } catch (error) {
      if (!(error instanceof AliasFileError)) throw error;
      problems.push({
        file: error.file,
        line: error.line,
        severity: 'error',
        message: error.message.replace(`${error.file}:${error.line}: `, ''),
      });
    }
  }
  return { value: mergeAliasTables(tables), problems };
}
