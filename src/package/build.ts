/**
 * `coauthor-atlas build`: the graph file by the build step, then the prebuilt app beside it, so
 * the folder is a complete static site; for a Hugo or Jekyll site, that folder inside the
 * site's static files plus the shortcode or include that embeds it.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { runCli, type CliIo } from '../ingest/cli';
import { UsageError, type PackageArgs, type SiteKind } from './args';
import { ConfigError, configPath, parseConfig, type AtlasConfig } from './config';
import { hugoShortcode, jekyllInclude } from './templates';

export interface PackageIo extends CliIo {
  /** The prebuilt app (the `vite build` output without a graph). */
  appDir: string;
}

/** Where a site kind keeps the app, the template, its own listings, and how it is recognised. */
export const SITES: Record<
  SiteKind,
  { app: string; template: string; inputs: string[]; markers: string[]; usage: string }
> = {
  hugo: {
    app: 'static/coauthor-atlas',
    template: 'layouts/shortcodes/coauthor-atlas.html',
    // The site's content: publications (content/publication/*/index.md), its author pages;
    // never static/ or public/, which hold built maps and pages.
    inputs: ['content'],
    markers: [
      'hugo.toml',
      'hugo.yaml',
      'hugo.yml',
      'hugo.json',
      'config.toml',
      'config.yaml',
      'config.yml',
      'config.json',
      'config',
    ],
    usage: '{{< coauthor-atlas >}}',
  },
  jekyll: {
    app: 'assets/coauthor-atlas',
    template: '_includes/coauthor-atlas.html',
    inputs: ['_bibliography'],
    markers: ['_config.yml', '_config.yaml', '_config.toml'],
    usage: '{% include coauthor-atlas.html %}',
  },
};

/** Files of ours in an output folder, so the next build removes what it no longer writes. */
const MANIFEST = '.coauthor-atlas-files';

/** A problem that ends the command with exit 1 and one message. */
export class BuildError extends Error {}

export interface BuildPlan {
  /** The folder the app and graph.json go to. */
  target: string;
  site?: { kind: SiteKind; dir: string };
  /** Arguments for the build step, `--out` last. */
  graphArgv: string[];
  /** Inputs (absolute), for the watcher. */
  inputs: string[];
  /** Files besides the inputs whose change means a rebuild (config, aliases, roster). */
  watchFiles: string[];
  title?: string;
  config?: AtlasConfig;
}

export function loadConfig(args: PackageArgs, cwd: string): AtlasConfig | undefined {
  if (args.noConfig) return undefined;
  const file = configPath(cwd, { config: args.config, siteDir: args.site?.dir }, existsSync);
  if (!file) return undefined;
  if (!existsSync(file)) throw new BuildError(`${args.config}: config file not found`);
  const shown = path.relative(cwd, file) || file;
  return parseConfig(readFileSync(file, 'utf8'), shown.startsWith('..') ? file : shown, file);
}

/** What to build where, from the command line and the config (the command line wins). */
export function planBuild(
  args: PackageArgs,
  config: AtlasConfig | undefined,
  cwd: string,
  defaultOut?: () => string,
): BuildPlan {
  const site = args.site
    ? { kind: args.site.kind, dir: path.resolve(cwd, args.site.dir) }
    : args.out
      ? undefined
      : config?.site;
  if (site && args.command === 'serve')
    throw new UsageError(
      `serve shows a standalone map; for the ${site.kind} site run "coauthor-atlas build" and the site's own server`,
    );
  const out = args.out ? path.resolve(cwd, args.out) : site ? undefined : config?.out;
  let target: string;
  if (site) {
    if (!existsSync(site.dir) || !statSync(site.dir).isDirectory())
      throw new BuildError(`${site.dir}: no such folder (the ${site.kind} site)`);
    const spec = SITES[site.kind];
    if (!spec.markers.some((marker) => existsSync(path.join(site.dir, marker))))
      throw new BuildError(
        `${site.dir}: not a ${site.kind} site (none of ${spec.markers.join(', ')} there)`,
      );
    target = path.join(site.dir, spec.app);
  } else if (out) target = out;
  else if (defaultOut) target = defaultOut();
  else
    throw new UsageError(
      'build needs --out DIR or --site hugo|jekyll SITE (or "out" or "site" in coauthor-atlas.json)',
    );

  const graphArgv = [...args.graphArgs];
  let inputs = args.inputs.map((input) => path.resolve(cwd, input));
  if (inputs.length === 0) {
    inputs =
      config?.inputs ??
      (site ? SITES[site.kind].inputs.map((folder) => path.join(site.dir, folder)) : []);
    if (inputs.length === 0)
      throw new UsageError(
        'no input: name listing files or folders (coauthor-atlas build papers.bib --out site), or "inputs" in coauthor-atlas.json',
      );
    if (site && !config?.inputs) {
      const missing = inputs.filter((input) => !existsSync(input));
      if (missing.length === inputs.length)
        throw new BuildError(
          `${path.relative(cwd, missing[0]!) || missing[0]}: the ${site.kind} site has no ${SITES[site.kind].inputs.join(', ')} folder to read (name inputs on the command line or in coauthor-atlas.json)`,
        );
    }
    graphArgv.unshift(...inputs);
  }
  const watchFiles: string[] = [];
  if (config) watchFiles.push(path.resolve(cwd, config.file));
  if (!args.aliases && config?.aliases)
    for (const file of config.aliases) graphArgv.push('--aliases', file);
  if (!args.roster && config?.roster) graphArgv.push('--roster', config.roster);
  if (!args.report && config?.report) graphArgv.push('--report', config.report);
  if (!args.strict && config?.strict) graphArgv.push('--strict');
  if (!args.quiet && config?.quiet) graphArgv.push('--quiet');
  watchFiles.push(...(args.aliases ?? config?.aliases ?? []).map((f) => path.resolve(cwd, f)));
  const roster = args.roster ?? config?.roster;
  if (roster) watchFiles.push(path.resolve(cwd, roster));
  graphArgv.push('--out', path.join(target, 'graph.json'));

  const title = args.title ?? config?.title ?? config?.embed.title;
  return {
    target,
    ...(site ? { site } : {}),
    graphArgv,
    inputs,
    watchFiles,
    ...(title ? { title } : {}),
    ...(config ? { config } : {}),
  };
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(folder, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

/** Copies the app into `target` (removing files an earlier build wrote and this one does not). */
export function copyApp(appDir: string, target: string, title?: string): string[] {
  if (!existsSync(path.join(appDir, 'index.html')))
    throw new BuildError(
      `${appDir}: the prebuilt app is missing (in the repository: npm run build:package)`,
    );
  mkdirSync(target, { recursive: true });
  const files = listFiles(appDir).filter((file) => file !== 'graph.json');
  const manifest = path.join(target, MANIFEST);
  if (existsSync(manifest)) {
    const keep = new Set(files);
    for (const old of readFileSync(manifest, 'utf8').split('\n')) {
      if (old && !keep.has(old) && !old.includes('..') && old !== 'graph.json')
        rmSync(path.join(target, old), { force: true });
    }
  }
  for (const file of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    cpSync(path.join(appDir, file), path.join(target, file));
  }
  if (title) {
    const page = path.join(target, 'index.html');
    const html = readFileSync(page, 'utf8').replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(title)}</title>`,
    );
    writeFileSync(page, html);
  }
  writeFileSync(manifest, `${files.join('\n')}\n`);
  return files;
}

/** Writes the site's shortcode or include; returns its path. */
export function writeSiteTemplate(plan: BuildPlan): string | undefined {
  if (!plan.site) return undefined;
  const embed = plan.config?.embed ?? { params: {} };
  const file = path.join(plan.site.dir, SITES[plan.site.kind].template);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    plan.site.kind === 'hugo' ? hugoShortcode(embed, plan.title) : jekyllInclude(embed, plan.title),
  );
  return file;
}

/** The graph, then the app and the site's template; the exit status. */
export function runBuild(plan: BuildPlan, io: PackageIo): number {
  const status = runCli(plan.graphArgv, io);
  if (status !== 0) return status;
  copyApp(io.appDir, plan.target, plan.title);
  const template = writeSiteTemplate(plan);
  const shown = (file: string) => path.relative(io.cwd, file) || '.';
  if (plan.site && template) {
    io.stdout(
      `Wrote the map to ${shown(plan.target)}/ and ${shown(template)}: put ${SITES[plan.site.kind].usage} in a page`,
    );
  } else if (!plan.graphArgv.includes('--quiet')) {
    io.stdout(`Wrote the site to ${shown(plan.target)}/ (serve it from any path of a web server)`);
  }
  return 0;
}

/** Config and usage problems as the build step writes them: messages and a status. */
export function explain(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`${error.message}\n(coauthor-atlas --help lists the commands and options)`);
    return 2;
  }
  if (error instanceof ConfigError || error instanceof BuildError) {
    io.stderr(error.message);
    return 1;
  }
  const code = (error as { code?: unknown }).code;
  io.stderr(
    typeof code === 'string'
      ? `error: ${(error as Error).message}`
      : `internal error: ${(error as Error).message ?? String(error)} (please report it)`,
  );
  return 1;
}
