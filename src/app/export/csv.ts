/**
 * CSV as RFC 4180 says: CRLF between records, a field quoted when it holds a comma, a quote,
 * CR or LF (quotes doubled inside), and a UTF-8 byte-order mark so Excel reads accents right.
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
 * apostrophe, the usual guard against formula injection from names and titles.
 */

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Several values in one field ("Ada Lovelace; Alan Turing"). */
export function joinValues(values: readonly string[]): string {
  return values.join('; ');
}
