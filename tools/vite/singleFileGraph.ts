/**
 * Vite plugins for the one-file export (`npm run build:single`): the page with its script,
 * styles, fonts, icon and graph all inside one HTML file that opens from disk. The graph is
 * validated at build time (a broken file fails the build, not the reader's browser) and
 * inlined as a JSON data block (see app/load/inlineGraph.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { completeGraphText } from '../../src/ingest/write/completeGraph.ts';
import { resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inlineGraphBlock } from '../../src/app/load/inlineGraph.ts';
import { parseGraphFile } from '../../src/model/validate.ts';
import { inlineScriptHashes, singleFilePolicy } from './inlineScriptHashes.ts';
import { policyMeta } from './pagePolicy.ts';

export const SINGLE_FILE_NAME = 'coauthor-atlas.html';

/** The graph to inline: `ATLAS_GRAPH=path/to/graph.json`, else public/graph.json. */
function graphPath(root: string): string {
  return resolve(root, process.env['ATLAS_GRAPH'] ?? 'public/graph.json');
}

function inlineGraph(): Plugin {
  let root = process.cwd();
  return {
    name: 'coauthor-atlas:inline-graph',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const path = graphPath(root);
        if (!existsSync(path)) {
          throw new Error(
            `No graph file at ${path}: build it first with \`npm run graph\` (or set ATLAS_GRAPH=path/to/graph.json).`,
          );
        }
        // A split graph (src/model/split.ts) is inlined whole: its details joined back in.
        const text = completeGraphText(path);
        const parsed = parseGraphFile(text);
        if (!parsed.ok) throw new Error(`${path} cannot be inlined: ${parsed.problem.message}`);
        const favicon = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
        return html
          .replace(
            'href="./favicon.svg"',
            `href="data:image/svg+xml,${encodeURIComponent(favicon)}"`,
          )
          .replace('</body>', `${inlineGraphBlock(text)}\n  </body>`);
      },
    },
  };
}

/**
 * KaTeX lists each font as woff2, woff and ttf; every browser that runs this page reads woff2,
 * so the others would only triple the file's size once inlined.
 */
function katexWoff2Only(): Plugin {
  return {
    name: 'coauthor-atlas:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '');
    },
  };
}

/**
 * The inline Louvain worker instead of one loaded from a file beside the page. Vite's inline
 * wrapper starts it with `new Worker(blobUrl)`, a Trusted Types sink: the wrapper's `Worker`
 * is pointed at the app's TrustedWorker, which passes the URL through the app's policy.
 */
function inlineWorker(): Plugin {
  const trusted = resolve(import.meta.dirname, '../../src/app/trustedTypes.ts').replaceAll(
    '\\',
    '/',
  );
  return {
    name: 'coauthor-atlas:inline-worker',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './louvainWorker' && importer?.includes('/src/app/communities/')) {
        return resolve(importer, '../louvainWorker.inline.ts');
      }
      return null;
    },
    transform: {
      order: 'post',
      handler(code, id) {
        if (!/louvain\.worker\.ts\?worker&inline$/.test(id)) return null;
        if (!/\bnew Worker\(/.test(code)) {
          throw new Error(`Vite's inline worker no longer calls new Worker(...): check ${id}`);
        }
        return {
          code: `import { TrustedWorker as Worker } from ${JSON.stringify(trusted)};\n${code}`,
          map: null,
        };
      },
    },
  };
}

/**
 * Checks the export kept to one inline script, and writes the CSP that allows it by hash into
 * the file (it holds from disk too) and prints it, for servers that send one.
 */
function reportPolicy(allowedOrigins: readonly string[]): Plugin {
  return {
    name: 'coauthor-atlas:single-file-policy',
    enforce: 'post',
    writeBundle(options) {
      const file = resolve(options.dir ?? 'dist-single', SINGLE_FILE_NAME);
      const html = readFileSync(file, 'utf8');
      const scripts = inlineScriptHashes(html).length;
      if (scripts !== 1) {
        throw new Error(`expected one inline script in ${SINGLE_FILE_NAME}, found ${scripts}`);
      }
      const policy = singleFilePolicy(html, allowedOrigins);
      const charset = /<meta charset=[^>]*>/i;
      if (!charset.test(html)) throw new Error(`${SINGLE_FILE_NAME} has no <meta charset>`);
      writeFileSync(
        file,
        html.replace(charset, (tag) => `${tag}\n    ${policyMeta(policy)}`),
      );
      console.info(`Content-Security-Policy of ${SINGLE_FILE_NAME}:\n  ${policy}`);
    },
  };
}

export function singleFileGraph(allowedOrigins: readonly string[] = []): PluginOption[] {
  return [
    inlineGraph(),
    katexWoff2Only(),
    inlineWorker(),
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
    reportPolicy(allowedOrigins),
  ];
}
