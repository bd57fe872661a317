/**
 * The README's parameter tables, written from the parameter table (src/app/params/schema.ts)
 * and the page parameters (pageParams.ts). `npm run docs:params` rewrites each block between
 * `<!-- params:NAME -->` and `<!-- /params:NAME -->` in README.md; paramsDocs.spec.ts fails
 * when the README and the table disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { PAGE_PARAM_DOCS } from '../src/app/params/pageParams';
import { VIEW_PARAMS, type AnyParam } from '../src/app/params/schema';

export const README = fileURLToPath(new URL('../README.md', import.meta.url));

type Row = readonly string[];

const code = (text: string) => `\`${text}\``;
const spellings = (names: readonly string[]) =>
  names.length > 1
    ? `${code(names[0]!)} (or ${names.slice(1).map(code).join(', ')})`
    : code(names[0]!);

function table(header: Row, rows: readonly Row[]): string {
  const line = (cells: Row) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const urlRow = (spec: AnyParam): Row => [
  spec.urlAliases?.length
    ? `${code(spec.doc.url)} (also ${spec.urlAliases.map((alias) => code(`${alias}=`)).join(', ')})`
    : code(spec.doc.url),
  spec.doc.meaning,
];

const view = (section: 'map' | 'exploring') =>
  VIEW_PARAMS.filter(([, spec]) => spec.doc.section === section).map(([, spec]) => spec);

const defaultText = (spec: AnyParam) =>
  spec.default === null
    ? 'none'
    : code(spec.flag ? (spec.default ? '1' : '0') : String(spec.default));

/** Each block's table, by name. */
export function paramTables(): Record<string, string> {
  const page = PAGE_PARAM_DOCS.filter((doc) => !doc.embedOnly).map((doc) => [
    code(doc.url),
    doc.meaning,
  ]);
  const embed = PAGE_PARAM_DOCS.filter((doc) => doc.embedOnly).map((doc) => [
    code(doc.url),
    doc.meaning,
  ]);
  return {
    url: table(['parameter', 'meaning'], [...view('map').map(urlRow), ...page]),
    exploring: table(['parameter', 'meaning'], view('exploring').map(urlRow)),
    iframe: table(
      ['parameter', 'meaning'],
      [...embed, ...VIEW_PARAMS.map(([, spec]) => urlRow(spec)), ...page],
    ),
    attributes: table(
      ['attribute', 'meaning'],
      [
        [code('src'), 'graph file'],
        ...VIEW_PARAMS.map(([, spec]) => [
          spellings([spec.attribute, ...(spec.attributeAliases ?? [])]),
          spec.doc.attribute ?? spec.doc.meaning,
        ]),
        [code('panels'), '`panels="0"` shows the map alone'],
        [code('history'), 'boolean: share the page’s address bar and back button'],
      ],
    ),
    spellings: table(
      ['setting', 'URL', 'attribute', 'host command', 'default', 'history entry'],
      VIEW_PARAMS.map(([key, spec]) => [
        code(key),
        code(spec.url),
        code(spec.attribute),
        `${code(spec.command.type)} ${code(spec.command.field)}`,
        defaultText(spec),
        spec.history ? 'yes' : 'no',
      ]),
    ),
  };
}

const BLOCK = /(<!-- params:(\w+) -->\n)([\s\S]*?)(\n<!-- \/params:\2 -->)/g;

/** The README's blocks, by name, as written there. */
export function readmeBlocks(text: string): Map<string, string> {
  return new Map([...text.matchAll(BLOCK)].map((match) => [match[2]!, match[3]!.trim()]));
}

/** A markdown table's cells, trimmed (column padding is Prettier's business). */
export function tableCells(markdown: string): string[][] {
  return markdown
    .trim()
    .split('\n')
    .filter((line, index) => index !== 1) // the |---| line
    .map((line) =>
      line
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** Rewrites the README's blocks from the table (then formats it as Prettier would). */
export async function writeReadme(path = README): Promise<void> {
  const tables = paramTables();
  const text = readFileSync(path, 'utf8').replace(
    BLOCK,
    (whole, open: string, name: string, _body, close: string) =>
      tables[name] === undefined ? whole : `${open}\n${tables[name]}\n${close}`,
  );
  const options = await resolveConfig(path);
  writeFileSync(path, await format(text, { ...options, filepath: path }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeReadme();
