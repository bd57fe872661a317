/**
 * The hostile listing (tests/fixtures/hostile/): markup, `javascript:` URLs, Svelte `{@html}`
 * and template syntax, and KaTeX commands that run or link, in every field a listing has.
 * The build step treats them as the text they are: it builds, loses nothing, and writes every
 * string verbatim into the graph file. Whether the page keeps them inert is the browser test's
 * job (it loads the graph built from this folder).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/ingest/read/readInputs';
import { serialize } from '../../src/ingest/write/writeOutput';
import type { GraphFile } from '../../src/model/types';
import { REPO_ROOT } from '../support/seeds';
import { expectAccounted } from './support/accounted';
import { contractChecker } from './support/contractChecker';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const JS = 'javascript:alert(1)';
const HTML = "{@html '<img src=x onerror=alert(1)>'}";
const LINK = '<a href="javascript:alert(1)">click</a>';
const SVG = '<svg onload=alert(1)>';
const IFRAME = '"><iframe srcdoc="<script>alert(1)</script>">';
const ATTR = "' onmouseover='alert(1)";
const TEMPLATE = "{{constructor.constructor('alert(1)')()}} ${alert(1)}";
const DATA = 'data:text/html,<script>alert(1)</script>';
const LATEX = [
  '$\\href{javascript:alert(1)}{x}$',
  '$\\url{javascript:alert(1)}$',
  '$\\htmlClass{x" onmouseover="alert(1)}{y}$',
  '$\\htmlId{__proto__}{x} \\htmlData{onerror=alert(1)}{x} \\htmlStyle{background:url(javascript:alert(1))}{x}$',
  '$\\includegraphics{javascript:alert(1)}$',
  '$\\def\\x{\\href{javascript:alert(1)}{y}}\\x$',
];

const { graph, report, errors } = runPipeline(readInputs(['tests/fixtures/hostile'], REPO_ROOT));
/** What the page will load: the written bytes, parsed back. */
const loaded = JSON.parse(serialize(graph)) as GraphFile;

describe('the hostile listing', () => {
  it('builds cleanly and loses nothing', () => {
    expect(errors).toEqual([]);
    expect(report.issues).toEqual([]);
    const listings = report.files.filter((f) => f.format !== 'skipped'); // README.md
    expect(listings.map((f) => [path.basename(f.file), f.format, f.entries])).toEqual([
      ['abstracts.txt', 'abstract-list', 2],
      ['cluster.txt', 'author-cluster', 3],
      ['profile.txt', 'profile-listing', 3],
    ]);
    expect(report.accounting).toMatchObject({ entriesRead: 8, rejected: 0, balanced: true });
    expectAccounted(graph, report);
  });

  it('passes the shared graph-file contract check', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-hostile-')), 'graph.json');
    writeFileSync(file, serialize(graph));
    const output = execFileSync('python3', [contractChecker(), file], { encoding: 'utf8' });
    expect(output).toMatch(/contract holds/);
  });

  it('keeps owner and author names verbatim, through the alias file too', () => {
    const names = loaded.authors.map((a) => a.name);
    for (const name of [IMG, SCRIPT, JS, HTML, LINK, TEMPLATE]) expect(names).toContain(name);
    expect(loaded.authors.filter((a) => a.owner).map((a) => a.name)).toEqual([
      `Charles ${SCRIPT} Babbage`,
      `Ada ${IMG} Lovelace`,
    ]);
    expect(loaded.sources.map((s) => s.owner)).toContain(`Charles ${SCRIPT} Babbage`);
    // Ids are slugs: safe in URLs and selectors whatever the name.
    for (const author of loaded.authors) expect(author.id).toMatch(/^[\p{Ll}\p{N}-]+$/u);
  });

  it('keeps titles, alternative titles, venues and affiliations verbatim', () => {
    const titles = loaded.papers.flatMap((p) => [p.title, ...p.altTitles]);
    expect(titles).toEqual(
      expect.arrayContaining([
        `${IMG} Sparse Engines ${SCRIPT}`,
        `${IFRAME} Sparse Engines, venue title ${IMG}`,
        `${HTML} Poetical Science ${JS}`,
        `Notes on ${TEMPLATE} and ${DATA}`,
        `${SVG} Calculating Machines ${ATTR}`,
        `${DATA} Engines of Difference`,
      ]),
    );
    expect(loaded.papers.map((p) => p.venue)).toEqual(expect.arrayContaining([SCRIPT, JS, HTML]));
    expect(loaded.papers.flatMap((p) => p.affiliations ?? [])).toEqual(
      expect.arrayContaining([`${LINK} ${SVG}`, IFRAME, `${SCRIPT} Institute of ${IMG}`]),
    );
  });

  it('keeps abstracts, LaTeX included, and unmatched text verbatim', () => {
    const abstracts = loaded.papers.map((p) => p.abstract ?? '').join('\n');
    for (const latex of LATEX) expect(abstracts).toContain(latex);
    for (const payload of [IMG, SCRIPT, LINK, HTML, SVG, IFRAME, ATTR, TEMPLATE, DATA, JS])
      expect(abstracts).toContain(payload);
    expect(loaded.unmatched).toHaveLength(1);
    expect(loaded.unmatched[0]?.text).toContain(`${JS} ${SVG}`);
  });

  it('escapes nothing into entities and drops nothing: the page gets the text as it was', () => {
    const text = serialize(graph);
    expect(text).not.toMatch(/&lt;|&gt;|&amp;|&quot;/);
    expect(loaded).toEqual(graph);
  });
});
