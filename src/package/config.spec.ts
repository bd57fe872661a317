import { describe, expect, it } from 'vitest';
import { ConfigError, configPath, cssHeight, parseConfig } from './config';

const read = (text: string) =>
  parseConfig(text, 'coauthor-atlas.json', '/site/coauthor-atlas.json');
const problems = (text: string): string[] => {
  try {
    read(text);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('coauthor-atlas.json', () => {
  it('reads every field, paths relative to its folder', () => {
    const config = read(`{
  "inputs": ["content", "../shared/papers.bib"],
  "aliases": ["aliases.json"],
  "roster": "roster.csv",
  "report": "report.json",
  "strict": true,
  "quiet": false,
  "title": "Our coauthors",
  "site": "hugo",
  "port": 4000,
  "embed": { "author": "admin", "height": 640, "theme": "dark", "hideOwner": true, "minJoint": 2, "panels": false, "title": "Map" }
}`);
    expect(config).toEqual({
      file: 'coauthor-atlas.json',
      inputs: ['/site/content', '/shared/papers.bib'],
      aliases: ['/site/aliases.json'],
      roster: '/site/roster.csv',
      report: '/site/report.json',
      strict: true,
      quiet: false,
      title: 'Our coauthors',
      site: { kind: 'hugo', dir: '/site' },
      port: 4000,
      embed: {
        height: '640px',
        title: 'Map',
        panels: false,
        params: { author: 'admin', theme: 'dark', hideOwner: '1', minJoint: '2' },
      },
    });
  });

  it('a site elsewhere, and an output folder', () => {
    expect(read('{ "site": { "kind": "jekyll", "path": "web" } }').site).toEqual({
      kind: 'jekyll',
      dir: '/site/web',
    });
    expect(read('{ "out": "public/atlas", "inputs": "papers.bib" }')).toMatchObject({
      out: '/site/public/atlas',
      inputs: ['/site/papers.bib'],
    });
  });

  it('says file:line for each mistake', () => {
    expect(
      problems(`{
  "inputs": [],
  "strict": "yes",
  "site": "wordpress",
  "colour": "red",
  "embed": {
    "theme": "sepia",
    "height": "tall",
    "minJoint": 0,
    "zoom": 3
  }
}`),
    ).toEqual([
      'coauthor-atlas.json:5: error: unknown field "colour" (known: inputs, aliases, roster, report, strict, quiet, title, out, site, port, embed)',
      'coauthor-atlas.json:2: error: "inputs" is a path or a list of paths',
      'coauthor-atlas.json:3: error: "strict" is true or false',
      'coauthor-atlas.json:4: error: "site" is "hugo" or "jekyll" (or { "kind": ..., "path": ... })',
      expect.stringMatching(/^coauthor-atlas\.json:7: error: "embed\.theme": /),
      'coauthor-atlas.json:8: error: "embed.height" is pixels (600) or a CSS length ("70vh")',
      expect.stringMatching(/^coauthor-atlas\.json:9: error: "embed\.minJoint": .*whole number/),
      expect.stringMatching(
        /^coauthor-atlas\.json:10: error: unknown embed parameter "zoom" \(known: height, title, panels, author,/,
      ),
    ]);
  });

  it('says the line of a JSON syntax error', () => {
    expect(problems('{\n  "inputs": ["a.bib",]\n}')).toEqual([
      'coauthor-atlas.json:2: error: not JSON: unexpected "]"',
    ]);
    expect(problems('{\n  "title": "x"\n  "out": "y"\n}')).toEqual([
      'coauthor-atlas.json:3: error: not JSON: expected "}" but found """',
    ]);
    expect(problems('{ "out": "a", "out": "b" }')[0]).toMatch(
      /:1: error: not JSON: "out" is given twice/,
    );
    expect(problems('[1, 2]')).toEqual([
      'coauthor-atlas.json:1: error: the config is a JSON object ({ "inputs": [...] })',
    ]);
    expect(problems('{ "out": "a", "site": "hugo" }')).toEqual([
      'coauthor-atlas.json:1: error: "out" and "site" do not go together',
    ]);
  });

  it('is found by --config, in SITE, else in the working folder', () => {
    const has = (files: string[]) => (file: string) => files.includes(file);
    expect(configPath('/w', { config: 'c.json' }, has([]))).toBe('/w/c.json');
    expect(
      configPath(
        '/w',
        { siteDir: 's' },
        has(['/w/s/coauthor-atlas.json', '/w/coauthor-atlas.json']),
      ),
    ).toBe('/w/s/coauthor-atlas.json');
    expect(configPath('/w', { siteDir: 's' }, has(['/w/coauthor-atlas.json']))).toBe(
      '/w/coauthor-atlas.json',
    );
    expect(configPath('/w', {}, has([]))).toBeUndefined();
  });

  it('heights: pixels or a CSS length', () => {
    expect([
      cssHeight(500),
      cssHeight('500'),
      cssHeight('70vh'),
      cssHeight('1e3'),
      cssHeight('-5'),
    ]).toEqual(['500px', '500px', '70vh', undefined, undefined]);
  });
});
