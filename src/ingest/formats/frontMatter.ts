/**
 * Markdown front matter as static site generators write it: TOML between `+++` lines or YAML
 * between `---` lines, read with bounds (YAML aliases and TOML nesting capped, long blocks
 * not read), so a hostile file fails at its line instead of expanding.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYaml, YAMLError } from 'yaml';
import { cleanText } from '../../text/fold';
import { excerpt } from './lines';

const MAX_FRONT_MATTER_LINES = 2000;
const MAX_FRONT_MATTER_CHARS = 256_000;
const MAX_YAML_ALIASES = 50;
const MAX_TOML_DEPTH = 32;

export type Table = Record<string, unknown>;
export const isTable = (v: unknown): v is Table =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface FrontMatter {
  kind: 'toml' | 'yaml';
  /** Lines of the front matter (without delimiters), and the 1-based line of the first. */
  lines: string[];
  firstLine: number;
}

export type Split = FrontMatter | { problem: string; line: number } | undefined;

/** The front matter block, if the file opens with one. */
export function splitFrontMatter(lines: readonly string[]): Split {
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  const opening = (lines[start] ?? '').replace(/^\uFEFF/, '').trim();
  const kind = opening === '+++' ? 'toml' : opening === '---' ? 'yaml' : undefined;
  if (!kind) return undefined;
  let chars = 0;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === opening)
      return { kind, lines: lines.slice(start + 1, i), firstLine: start + 2 };
    chars += line.length + 1;
    if (i - start > MAX_FRONT_MATTER_LINES || chars > MAX_FRONT_MATTER_CHARS)
      return {
        problem: `front matter longer than ${MAX_FRONT_MATTER_LINES} lines or ${MAX_FRONT_MATTER_CHARS / 1000} KB: not read`,
        line: start + 1,
      };
  }
  return { problem: `front matter opened with "${opening}" never closes`, line: start + 1 };
}

/** The front matter as data, or why not, with the line of the problem. */
export interface Unreadable {
  problem: string;
  line: number;
}

export function readFrontMatter(front: FrontMatter): { data: Table } | Unreadable {
  const text = front.lines.join('\n');
  try {
    const data =
      front.kind === 'toml'
        ? parseToml(text, { maxDepth: MAX_TOML_DEPTH })
        : (parseYaml(text, {
            maxAliasCount: MAX_YAML_ALIASES,
            uniqueKeys: false,
            prettyErrors: false,
            // Warnings (an unknown `!tag`) would go to stderr as process warnings; errors still throw.
            logLevel: 'error',
          }) as unknown);
    return isTable(data)
      ? { data }
      : { problem: 'front matter is not a table of fields', line: front.firstLine };
  } catch (error) {
    const offset =
      error instanceof TomlError
        ? error.line
        : error instanceof YAMLError
          ? (error.linePos?.[0]?.line ?? 1)
          : 1;
    const message = ((error as Error).message ?? String(error)).split('\n')[0] ?? '';
    return {
      problem: `${front.kind.toUpperCase()} front matter does not parse (${excerpt(message, 100)})`,
      line: front.firstLine + Math.max(0, Math.min(offset, front.lines.length) - 1),
    };
  }
}

/** A front-matter value as clean text, or undefined when it is none. */
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? cleanText(v) || undefined : typeof v === 'number' ? String(v) : undefined;
