/**
 * `coauthor-atlas.json`: what a site's rebuild needs, so it is one command with no flags.
 *
 * ```json
 * {
 *   "inputs": ["publications.bib", "records/"],
 *   "aliases": "aliases.json",
 *   "roster": "roster.csv",
 *   "title": "Our lab's coauthors",
 *   "site": "hugo",
 *   "embed": { "author": "admin", "height": 640, "theme": "dark", "hideOwner": true }
 * }
 * ```
 *
 * Paths are relative to the file's folder. `out` (a folder) or `site` (`"hugo"`/`"jekyll"`:
 * the file's folder is the site; or `{ "kind": "hugo", "path": "site/" }`) say where the map
 * goes. `embed` holds the defaults the shortcode or include (and the standalone page's
 * `embed-example.html`) use: `height` (pixels or a CSS length), `title`, `panels`, and any
 * view parameter by its URL name (`author`, `theme`, `hideOwner`, `minJoint`, `from`, ...),
 * checked by the same parsers as the page's URL. Every mistake is one `file:line: error: ...`.
 */
import path from 'node:path';
import { VIEW_PARAMS, type AnyParam } from '../app/params/schema';
import { JsonSyntaxError, parseJsonWithLines } from './jsonLines';
import { SITE_KINDS, type SiteKind } from './args';

export const CONFIG_FILE = 'coauthor-atlas.json';

export interface EmbedDefaults {
  /** CSS height (`640px`, `70vh`). */
  height?: string;
  title?: string;
  panels?: boolean;
  /** View parameters by URL name, as the URL writes them (`hideOwner` → `1`). */
  params: Record<string, string>;
}

export interface AtlasConfig {
  /** The file read. */
  file: string;
  inputs?: string[];
  aliases?: string[];
  roster?: string;
  report?: string;
  strict?: boolean;
  quiet?: boolean;
  title?: string;
  out?: string;
  site?: { kind: SiteKind; dir: string };
  port?: number;
  embed: EmbedDefaults;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** The fields, for the unknown-field message and the README. */
export const CONFIG_FIELDS = [
  'inputs',
  'aliases',
  'roster',
  'report',
  'strict',
  'quiet',
  'title',
  'out',
  'site',
  'port',
  'embed',
] as const;

/** Embedding parameters by URL name: the view parameters (and their URL aliases). */
const EMBED_PARAMS: ReadonlyMap<string, AnyParam> = new Map(
  VIEW_PARAMS.flatMap(([, spec]) =>
    [spec.url, ...(spec.urlAliases ?? [])].map((name): [string, AnyParam] => [name, spec]),
  ),
);
/** The URL names a shortcode or include takes, in the table's order. */
export const EMBED_PARAM_NAMES: readonly string[] = VIEW_PARAMS.map(([, spec]) => spec.url);
const EMBED_OWN = ['height', 'title', 'panels'];

const CSS_LENGTH = /^\d+(?:\.\d+)?(?:px|vh|svh|dvh|em|rem|%)$/;

/** `640` → `640px`; a CSS length as it is; otherwise undefined. */
export function cssHeight(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return `${value}px`;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return `${text}px`;
  return CSS_LENGTH.test(text) ? text : undefined;
}

/** Reads and checks a config file's text; `file` is how messages name it. */
export function parseConfig(text: string, file: string, absolute: string): AtlasConfig {
  let located;
  try {
    located = parseJsonWithLines(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      throw new ConfigError([`${file}:${error.line}: error: not JSON: ${error.message}`]);
    throw error;
  }
  const problems: string[] = [];
  const lineOf = (key: string) => located.lines.get(key) ?? 1;
  const problem = (key: string, message: string) =>
    problems.push(`${file}:${lineOf(key)}: error: ${message}`);
  const folder = path.dirname(absolute);
  const resolve = (p: string) => path.resolve(folder, p);

  const data = located.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConfigError([`${file}:1: error: the config is a JSON object ({ "inputs": [...] })`]);
  const fields = data as Record<string, unknown>;
  const config: AtlasConfig = { file, embed: { params: {} } };

  const text_ = (key: string): string | undefined => {
    const value = fields[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
    problem(key, `"${key}" is a non-empty string`);
    return undefined;
  };
  const paths = (key: string): string[] | undefined => {
    const value = fields[key];
    if (value === undefined) return undefined;
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0) {
      problem(key, `"${key}" is a path or a list of paths`);
      return undefined;
    }
    const out: string[] = [];
    list.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(resolve(item));
      else
        problem(typeof value === 'string' ? key : `${key}[${i}]`, `"${key}" holds paths (strings)`);
    });
    return out;
  };
  const flag = (key: string): boolean | undefined => {
    const value = fields[key];
    if (value === undefined || typeof value === 'boolean') return value;
    problem(key, `"${key}" is true or false`);
    return undefined;
  };

  for (const key of Object.keys(fields)) {
    if (!(CONFIG_FIELDS as readonly string[]).includes(key))
      problem(key, `unknown field "${key}" (known: ${CONFIG_FIELDS.join(', ')})`);
  }
  const inputs = paths('inputs');
  if (inputs) config.inputs = inputs;
  const aliases = paths('aliases');
  if (aliases) config.aliases = aliases;
  const roster = text_('roster');
  if (roster) config.roster = resolve(roster);
  const report = text_('report');
  if (report) config.report = resolve(report);
  const strict = flag('strict');
  if (strict !== undefined) config.strict = strict;
  const quiet = flag('quiet');
  if (quiet !== undefined) config.quiet = quiet;
  const title = text_('title');
  if (title) config.title = title;
  const out = text_('out');
  if (out) config.out = resolve(out);

  const site = fields['site'];
  if (site !== undefined) {
    if (typeof site === 'string') {
      if (SITE_KINDS.includes(site as SiteKind))
        config.site = { kind: site as SiteKind, dir: folder };
      else problem('site', `"site" is "hugo" or "jekyll" (or { "kind": ..., "path": ... })`);
    } else if (typeof site === 'object' && site !== null && !Array.isArray(site)) {
      const { kind, path: where, ...extra } = site as Record<string, unknown>;
      if (!SITE_KINDS.includes(kind as SiteKind))
        problem(kind === undefined ? 'site' : 'site.kind', `"site.kind" is "hugo" or "jekyll"`);
      else if (where !== undefined && (typeof where !== 'string' || where.trim() === ''))
        problem('site.path', `"site.path" is the site's folder (a string)`);
      else config.site = { kind: kind as SiteKind, dir: resolve((where as string) ?? '.') };
      for (const key of Object.keys(extra)) problem(`site.${key}`, `unknown field "site.${key}"`);
    } else problem('site', `"site" is "hugo" or "jekyll" (or { "kind": ..., "path": ... })`);
  }
  if (config.site && config.out) problem('out', `"out" and "site" do not go together`);

  const port = fields['port'];
  if (port !== undefined) {
    if (typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 65535)
      config.port = port;
    else problem('port', `"port" is a port number (0–65535)`);
  }

  const embed = fields['embed'];
  if (embed !== undefined) {
    if (typeof embed !== 'object' || embed === null || Array.isArray(embed))
      problem('embed', `"embed" is an object ({ "author": "...", "height": 600 })`);
    else
      readEmbed(embed as Record<string, unknown>, config.embed, (key, message) =>
        problem(`embed.${key}`, message),
      );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readEmbed(
  fields: Record<string, unknown>,
  embed: EmbedDefaults,
  problem: (key: string, message: string) => void,
): void {
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'height') {
      const height = cssHeight(value);
      if (height) embed.height = height;
      else problem(key, `"embed.height" is pixels (600) or a CSS length ("70vh")`);
      continue;
    }
    if (key === 'title') {
      if (typeof value === 'string' && value.trim() !== '') embed.title = value;
      else problem(key, `"embed.title" is a non-empty string`);
      continue;
    }
    if (key === 'panels') {
      if (typeof value === 'boolean') embed.panels = value;
      else problem(key, `"embed.panels" is true or false`);
      continue;
    }
    const spec = EMBED_PARAMS.get(key);
    if (!spec) {
      problem(
        key,
        `unknown embed parameter "${key}" (known: ${[...EMBED_OWN, ...EMBED_PARAM_NAMES].join(', ')})`,
      );
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      problem(key, `"embed.${key}" is a string, number or true/false`);
      continue;
    }
    const written = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    const parsed = spec.parse(written);
    if (!parsed.ok) {
      problem(key, `"embed.${key}": ${parsed.reason}`);
      continue;
    }
    embed.params[spec.url] = written;
  }
}

/** Where the config is: `--config`, else SITE's, else the working folder's; none is fine. */
export function configPath(
  cwd: string,
  options: { config?: string; siteDir?: string },
  exists: (file: string) => boolean,
): string | undefined {
  if (options.config) return path.resolve(cwd, options.config);
  const candidates = [
    ...(options.siteDir ? [path.resolve(cwd, options.siteDir, CONFIG_FILE)] : []),
    path.resolve(cwd, CONFIG_FILE),
  ];
  return candidates.find(exists);
}
