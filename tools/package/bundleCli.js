/**
 * Bundles the installed tool's command (src/package/main.ts and the build step it runs) into
 * one ES module, dist-cli/coauthor-atlas.js, with esbuild. npm packages stay imports: each must
 * be in package.json's `dependencies` (checked here), so the installed command needs no
 * devDependency, TypeScript or tsx at run time. Run by `npm run build:package` (and `prepack`).
 */
import { builtinModules } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const outfile = new URL('dist-cli/coauthor-atlas.js', root).pathname;

rmSync(new URL('dist-cli/', root), { recursive: true, force: true });
const result = await build({
  entryPoints: [new URL('src/package/main.ts', root).pathname],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const packageOf = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
const builtins = new Set(builtinModules);
const imported = new Set(
  Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((i) => i.external && !i.path.startsWith('node:') && !builtins.has(i.path))
    .map((i) => packageOf(i.path)),
);
const missing = [...imported].filter((name) => !(name in (pkg.dependencies ?? {})));
if (missing.length > 0) {
  console.error(
    `dist-cli imports ${missing.join(', ')}, not in package.json's dependencies: the installed command would fail`,
  );
  process.exit(1);
}
const bytes = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes;
console.log(
  `dist-cli/coauthor-atlas.js: ${Math.round(bytes / 1024)} KB, imports ${[...imported].sort().join(', ')}`,
);

// The app in the package has no graph: each build writes its own.
for (const file of ['graph.json', 'graph-report.json'])
  rmSync(new URL(`dist-app/${file}`, root), { force: true });
