import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackageArgs, UsageError } from './args';
import { planBuild } from './build';
import { parseConfig } from './config';

const cwd = '/work/lab';

describe('coauthor-atlas arguments', () => {
  it('takes its own options out and passes the build step every other, in order', () => {
    const args = parsePackageArgs([
      'build',
      'papers.bib',
      '--aliases',
      'a.json',
      '--out',
      'site',
      '--strict',
      'records/',
      '--roster',
      'roster.csv',
      '--report',
      'report.json',
      '--quiet',
      '--progress',
    ]);
    expect(args.command).toBe('build');
    expect(args.out).toBe('site');
    expect(args.inputs).toEqual(['papers.bib', 'records/']);
    expect(args.graphArgs).toEqual([
      'papers.bib',
      '--aliases',
      'a.json',
      '--strict',
      'records/',
      '--roster',
      'roster.csv',
      '--report',
      'report.json',
      '--quiet',
      '--progress',
    ]);
    expect(args).toMatchObject({
      aliases: ['a.json'],
      roster: 'roster.csv',
      strict: true,
      quiet: true,
    });
  });

  it('gives the build step its graph file inside the output folder, inputs first', () => {
    const args = parsePackageArgs(['build', 'papers.bib', '--strict', '--out', 'site']);
    const plan = planBuild(args, undefined, cwd);
    expect(plan.target).toBe(path.join(cwd, 'site'));
    expect(plan.graphArgv).toEqual([
      'papers.bib',
      '--strict',
      '--out',
      path.join(cwd, 'site/graph.json'),
    ]);
  });

  it('tells no input from seeds/ named', () => {
    expect(parsePackageArgs(['build', '--out', 'x']).inputs).toEqual([]);
    expect(parsePackageArgs(['build', 'seeds/', '--out', 'x']).inputs).toEqual(['seeds/']);
  });

  it('reads --site KIND SITE, --port, --title, --config and --name=value', () => {
    expect(parsePackageArgs(['build', '--site', 'hugo', 'my-site']).site).toEqual({
      kind: 'hugo',
      dir: 'my-site',
    });
    expect(parsePackageArgs(['build', '--site=jekyll', '.']).site).toEqual({
      kind: 'jekyll',
      dir: '.',
    });
    const serve = parsePackageArgs(['serve', 'a.bib', '--port', '0', '--title', 'Lab']);
    expect(serve).toMatchObject({ command: 'serve', port: 0, title: 'Lab', inputs: ['a.bib'] });
    expect(parsePackageArgs(['build', '--config', 'c.json', '--out', 'x']).config).toBe('c.json');
    expect(parsePackageArgs(['build', '--out=x']).out).toBe('x');
  });

  it('refuses what cannot be meant, as usage errors', () => {
    const refused = (argv: string[]) => () => parsePackageArgs(argv);
    expect(refused(['publish'])).toThrow(/unknown command "publish"/);
    expect(refused(['build', '--bogus'])).toThrow(/unknown option --bogus/);
    expect(refused(['build', '--aliases'])).toThrow(/--aliases needs a value/);
    expect(refused(['build', '--site', 'wordpress', 'x'])).toThrow(/hugo or jekyll/);
    expect(refused(['build', '--site', 'hugo'])).toThrow(/needs the site's folder/);
    expect(refused(['build', '--site', 'hugo', 's', '--out', 'x'])).toThrow(/do not go together/);
    expect(refused(['serve', '--port', 'http'])).toThrow(/port number/);
    expect(refused(['serve', '--port', '70000'])).toThrow(/port number/);
    expect(refused(['build', '--port', '80', '--out', 'x'])).toThrow(/--port is for serve/);
    expect(refused(['serve', '--site', 'hugo', 's'])).toThrow(/site's own server/);
    expect(refused(['build', '--out'])).toThrow(UsageError);
  });

  it('needs an output and an input', () => {
    expect(() => planBuild(parsePackageArgs(['build', 'a.bib']), undefined, cwd)).toThrow(
      /--out DIR/,
    );
    expect(() => planBuild(parsePackageArgs(['build', '--out', 'x']), undefined, cwd)).toThrow(
      /no input/,
    );
  });

  it('serve builds into a temporary folder unless --out says', () => {
    const plan = planBuild(parsePackageArgs(['serve', 'a.bib']), undefined, cwd, () => '/tmp/t');
    expect(plan.target).toBe('/tmp/t');
  });

  it('help, version, and fetch with its own arguments', () => {
    expect(parsePackageArgs([]).command).toBe('help');
    expect(parsePackageArgs(['--version']).command).toBe('version');
    expect(parsePackageArgs(['build', '--help']).help).toBe(true);
    expect(parsePackageArgs(['fetch', '--dblp', 't/TaoLin4', '--out', 'r']).rest).toEqual([
      '--dblp',
      't/TaoLin4',
      '--out',
      'r',
    ]);
  });

  it('the command line wins over the config; the config fills the rest', () => {
    const config = parseConfig(
      JSON.stringify({
        inputs: ['papers.bib'],
        aliases: 'aliases.json',
        roster: 'roster.csv',
        strict: true,
        out: 'public/map',
        title: 'Lab map',
      }),
      'coauthor-atlas.json',
      '/work/lab/coauthor-atlas.json',
    );
    const none = planBuild(parsePackageArgs(['build']), config, cwd);
    expect(none.target).toBe('/work/lab/public/map');
    expect(none.title).toBe('Lab map');
    expect(none.graphArgv).toEqual([
      '/work/lab/papers.bib',
      '--aliases',
      '/work/lab/aliases.json',
      '--roster',
      '/work/lab/roster.csv',
      '--strict',
      '--out',
      '/work/lab/public/map/graph.json',
    ]);
    const given = planBuild(
      parsePackageArgs(['build', 'other.bib', '--roster', 'r.tsv', '--out', 'x', '--title', 'T']),
      config,
      cwd,
    );
    expect(given.graphArgv).toEqual([
      'other.bib',
      '--roster',
      'r.tsv',
      '--aliases',
      '/work/lab/aliases.json',
      '--strict',
      '--out',
      '/work/lab/x/graph.json',
    ]);
    expect(given.title).toBe('T');
  });
});
