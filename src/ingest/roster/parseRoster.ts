/**
 * The lab roster: who is (or was) in the lab, in what role, from when to when. A spreadsheet
 * export is the natural source, so CSV (or TSV) with a header row:
 *
 *   name,role,start,end
 *   Martin Jaggi,PI,2016,
 *   "Koloskova, Anastasia",PhD student,2017,2023
 *
 * or JSON: `[{"name": …, "role": …, "from": 2017, "to": 2023}]`. An empty end means "still here".
 */
import { cleanText } from '../../text/fold';
import type { ReportIssue } from '../report/types';

export interface RosterRow {
  name: string;
  role: string;
  from?: number;
  to?: number;
  line: number;
}

export interface Roster {
  file: string;
  rows: RosterRow[];
  issues: ReportIssue[];
}

export const ROSTER_FILE_NAMES = ['roster.csv', 'roster.tsv', 'roster.json'];

export class RosterFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const COLUMNS: Record<keyof Omit<RosterRow, 'line'>, string[]> = {
  name: ['name', 'person', 'member', 'author'],
  role: ['role', 'position', 'title'],
  from: ['start', 'from', 'since', 'start year', 'joined'],
  to: ['end', 'to', 'until', 'end year', 'left'],
};

/** RFC 4180 rows with the line each starts on (quoted fields may hold commas and newlines). */
export function splitDelimited(
  text: string,
  delimiter: string,
): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x.trim() !== '')) rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim() !== '')) rows.push({ cells, line: rowLine });
  return rows;
}

/** A year, or undefined for an empty/"present" cell; NaN for anything else. */
function year(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = cleanText(String(value)).toLowerCase();
  if (text === '' || text === 'present' || text === 'now' || text === '-' || text === '–')
    return undefined;
  const match = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

function toRow(
  record: Record<string, unknown>,
  line: number,
  file: string,
  issues: ReportIssue[],
): RosterRow | undefined {
  const pick = (key: keyof typeof COLUMNS): unknown => {
    for (const alias of COLUMNS[key]) {
      const found = Object.keys(record).find((k) => cleanText(k).toLowerCase() === alias);
      if (found !== undefined) return record[found];
    }
    return undefined;
  };
  const rawName = pick('name');
  // `Koloskova, Anastasia` is how spreadsheets sort people: turn it around.
  const name =
    typeof rawName === 'string' ? cleanText(rawName).replace(/^([^,]+),\s*([^,]+)$/, '$2 $1') : '';
  if (!name) {
    issues.push({ file, line, severity: 'warning', message: 'roster row without a name: ignored' });
    return undefined;
  }
  const row: RosterRow = { name, role: cleanText(String(pick('role') ?? '')) || 'member', line };
  for (const key of ['from', 'to'] as const) {
    const value = year(pick(key));
    if (Number.isNaN(value)) {
      issues.push({
        file,
        line,
        severity: 'warning',
        message: `"${String(pick(key))}" is not a year (${key} of ${name}): ignored`,
      });
    } else if (value !== undefined) row[key] = value;
  }
  if (row.from !== undefined && row.to !== undefined && row.to < row.from) {
    issues.push({
      file,
      line,
      severity: 'warning',
      message: `${name} leaves (${row.to}) before joining (${row.from}): years ignored`,
    });
    delete row.from;
    delete row.to;
  }
  return row;
}

export function parseRoster(file: string, text: string): Roster {
  const issues: ReportIssue[] = [];
  const source = text.replace(/^\uFEFF/, '');
  let records: { record: Record<string, unknown>; line: number }[];
  if (/^\s*[[{]/.test(source)) {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch (error) {
      throw new RosterFileError(file, 1, `not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(data))
      throw new RosterFileError(file, 1, 'expected a list of {"name", "role", "from", "to"}');
    records = data.map((item, i) => ({
      record: typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {},
      line: i + 1,
    }));
  } else {
    const firstLine = source.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    const delimiter = firstLine.includes('\t')
      ? '\t'
      : firstLine.includes(';') && !firstLine.includes(',')
        ? ';'
        : ',';
    const [header, ...rows] = splitDelimited(source, delimiter);
    if (!header) throw new RosterFileError(file, 1, 'empty roster');
    const columns = header.cells.map((c) => cleanText(c).toLowerCase());
    if (!columns.some((c) => COLUMNS.name.includes(c))) {
      throw new RosterFileError(
        file,
        header.line,
        `no "name" column in the header (found: ${columns.join(', ')})`,
      );
    }
    records = rows.map(({ cells, line }) => ({
      record: Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])),
      line,
    }));
  }
  const seen = new Map<string, number>();
  const parsed: RosterRow[] = [];
  for (const { record, line } of records) {
    const row = toRow(record, line, file, issues);
    if (!row) continue;
    const key = row.name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        file,
        line,
        severity: 'warning',
        message: `${row.name} is already on line ${earlier}: ignored`,
      });
      continue;
    }
    seen.set(key, line);
    parsed.push(row);
  }
  return { file, rows: parsed, issues };
}
