/**
 * The command line of the installed tool: `coauthor-atlas build|serve|fetch [INPUT ...] [options]`.
 *
 * The tool's own options (`--out DIR`, `--site hugo|jekyll SITE`, `--port N`, `--config FILE`,
 * `--title TEXT`, `--no-config`) are taken out here; everything else, inputs and build-step
 * options alike, is passed through to the build step in order, and checked by the build step's
 * own parser (`src/ingest/cli.ts`), so every option of `npm run graph` is accepted, with the
 * same spelling and the same errors, including options added there later.
 */
import { parseArgs as parseGraphArgs, UsageError } from '../ingest/cli';

export { UsageError };

export type Command = 'build' | 'serve' | 'fetch' | 'help' | 'version';
export type SiteKind = 'hugo' | 'jekyll';
export const SITE_KINDS: readonly SiteKind[] = ['hugo', 'jekyll'];

export interface PackageArgs {
  command: Command;
  /** Inputs named on the command line (none: the config's, or the site's own place). */
  inputs: string[];
  /** Every argument for the build step except `--out`, in the order given. */
  graphArgs: string[];
  /** Options of the build step that name files, as the build step parsed them. */
  aliases?: string[];
  roster?: string;
  report?: string;
  strict: boolean;
  quiet: boolean;
  out?: string;
  site?: { kind: SiteKind; dir: string };
  port?: number;
  config?: string;
  noConfig: boolean;
  title?: string;
  help: boolean;
  /** `fetch`: its arguments, untouched. */
  rest: string[];
}

const COMMANDS: Record<string, Command> = {
  build: 'build',
  serve: 'serve',
  fetch: 'fetch',
  help: 'help',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
};

/** A value no build-step input could be: tells "no input given" from "seeds/ given". */
const NO_INPUT_PROBE = 'seeds/';

export function parsePackageArgs(argv: readonly string[]): PackageArgs {
  const [first, ...tail] = argv;
  if (first === undefined) return blank('help');
  const command = COMMANDS[first];
  if (!command) throw new UsageError(`unknown command "${first}" (build, serve or fetch)`);
  const args = blank(command);
  if (command === 'fetch') {
    args.rest = tail;
    return args;
  }
  if (command !== 'build' && command !== 'serve') return args;

  for (let i = 0; i < tail.length; i++) {
    const arg = tail[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? splitInline(arg) : [arg];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = tail[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (name === '--out' || name === '-o') args.out = value();
    else if (name === '--site') {
      const kind = value();
      if (!SITE_KINDS.includes(kind as SiteKind))
        throw new UsageError(`--site takes hugo or jekyll, not "${kind}"`);
      const dir = tail[i + 1];
      if (dir === undefined || dir.startsWith('-'))
        throw new UsageError(`--site ${kind} needs the site's folder: --site ${kind} SITE`);
      i++;
      args.site = { kind: kind as SiteKind, dir };
    } else if (name === '--port') {
      const text = value();
      if (!/^\d{1,5}$/.test(text) || Number(text) > 65535)
        throw new UsageError(`--port takes a port number (0–65535), not "${text}"`);
      args.port = Number(text);
    } else if (name === '--config') args.config = value();
    else if (name === '--no-config') args.noConfig = true;
    else if (name === '--title') args.title = value();
    else if (name === '-h' || name === '--help') args.help = true;
    else args.graphArgs.push(arg);
  }
  if (args.help) return args;
  if (args.site && args.out)
    throw new UsageError(
      `--out and --site do not go together: a ${args.site.kind} site's map is written inside SITE`,
    );
  if (args.site && command === 'serve')
    throw new UsageError(
      `serve shows a standalone map; for a ${args.site.kind} site run "coauthor-atlas build --site ${args.site.kind} SITE" and the site's own server`,
    );
  if (args.port !== undefined && command !== 'serve') throw new UsageError('--port is for serve');

  // The build step's parser checks the rest (unknown options, missing values) and says which
  // words are inputs, whatever options it has.
  const parsed = parseGraphArgs([...args.graphArgs, '--out', 'graph.json']);
  if (parsed.help) {
    args.help = true;
    return args;
  }
  const probeGiven = args.graphArgs.includes(NO_INPUT_PROBE);
  args.inputs =
    parsed.inputs.length === 1 && parsed.inputs[0] === NO_INPUT_PROBE && !probeGiven
      ? []
      : parsed.inputs;
  if (parsed.aliases) args.aliases = parsed.aliases;
  if (parsed.roster) args.roster = parsed.roster;
  if (parsed.report) args.report = parsed.report;
  args.strict = parsed.strict;
  args.quiet = parsed.quiet;
  return args;
}

function splitInline(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function blank(command: Command): PackageArgs {
  return {
    command,
    inputs: [],
    graphArgs: [],
    strict: false,
    quiet: false,
    noConfig: false,
    help: false,
    rest: [],
  };
}

export const PACKAGE_USAGE = `Usage:
  coauthor-atlas build [INPUT ...] --out DIR      a static site: the map, graph.json, the help page
  coauthor-atlas build --site hugo SITE           a Hugo Academic site's publications, into
                                                  SITE/static/coauthor-atlas/ + the shortcode
                                                  SITE/layouts/shortcodes/coauthor-atlas.html
  coauthor-atlas build --site jekyll SITE         SITE/_bibliography/*.bib, into
                                                  SITE/assets/coauthor-atlas/ + the include
                                                  SITE/_includes/coauthor-atlas.html
  coauthor-atlas serve [INPUT ...] [--port N]     build, serve on http://127.0.0.1:N/ (default 8080),
                                                  rebuild when an input changes
  coauthor-atlas fetch [--orcid ID | --openalex ID] [--dblp PID] [--mailto EMAIL] --out DIR
                                                  download a person's OpenAlex and dblp records

Options of build and serve:
  --out DIR        the folder to write (build: required without --site and a config's "out";
                   serve: default a temporary folder)
  --site KIND SITE a Hugo (hugo) or Jekyll (jekyll) site to add the map to
  --title TEXT     the page's title (and the embed's accessible title)
  --port N         serve: the port (0: any free one)
  --config FILE    the config file (default: coauthor-atlas.json in SITE, else in this folder)
  --no-config      ignore any coauthor-atlas.json

Every option of the build step is passed through:
  --aliases FILE, --roster FILE, --report FILE, --strict, --quiet, --progress, ...

Exit status: 0 written, 1 nothing could be built (see the messages), 2 usage error.`;
