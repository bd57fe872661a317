import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type ViteUserConfig as UserConfig } from 'vitest/config';
import { pagePolicy } from './tools/vite/pagePolicy.ts';
import { preloadApp } from './tools/vite/preloadApp.ts';
import { reviewServer } from './tools/vite/reviewServer.ts';
import { remToCustomPropertyPreprocessor } from './tools/vite/remToCustomProperty.ts';
import { singleFileGraph } from './tools/vite/singleFileGraph.ts';
import { parseAllowedOrigins } from './src/app/load/allowedOrigins.ts';

/**
 * Three builds from one source:
 * - default (`vite build`): the standalone page in dist/, relative asset URLs, so the folder
 *   works from any sub-path of any static host; `?embed=1` makes it the iframe embed.
 * - `--mode element`: the `<coauthor-atlas>` web component, dist/coauthor-atlas.js (+ lazy
 *   chunks in dist/assets/), added beside the page. Its styles are injected into each shadow
 *   root by Svelte, so the component is one script a host includes once.
 * - `--mode single`: one self-contained HTML file with the graph inlined, dist-single/.
 */
export default defineConfig(({ mode, command }): UserConfig => {
  // Sites besides its own that the map may load graph files from (none by default): compiled
  // into every build and into the page's connect-src. A bad entry fails the build.
  const allowedOrigins = parseAllowedOrigins(process.env['ATLAS_ALLOWED_ORIGINS']);
  const shared: UserConfig = {
    // Relative asset URLs: the built folder works from any sub-path of any static host.
    base: './',
    define: { __ATLAS_ALLOWED_ORIGINS__: JSON.stringify(allowedOrigins) },
    build: { target: 'es2022' },
    test: {
      include: ['src/**/*.spec.ts', 'tools/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
      environment: 'node',
      testTimeout: 30_000,
    },
  };

  if (mode === 'element') {
    return {
      ...shared,
      plugins: [
        svelte({
          configFile: false,
          preprocess: [vitePreprocess(), remToCustomPropertyPreprocessor()],
          compilerOptions: { runes: true, css: 'injected' },
          emitCss: false,
        }),
      ],
      publicDir: false,
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false, // the page's build is already there
        rolldownOptions: {
          input: { 'coauthor-atlas': 'src/element/index.ts' },
          preserveEntrySignatures: 'allow-extension',
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'assets/[name]-[hash].js',
            assetFileNames: 'assets/[name]-[hash][extname]',
          },
        },
      },
    };
  }

  if (mode === 'single') {
    return {
      ...shared,
      plugins: [svelte(), ...singleFileGraph(allowedOrigins)],
      publicDir: false,
      build: { target: 'es2022', outDir: 'dist-single', emptyOutDir: true },
    };
  }

  return {
    ...shared,
    // In development every build's components inject their styles, so the element works in
    // a shadow root there too; production builds of the page extract them into a .css file.
    plugins: [
      svelte(command === 'serve' ? { emitCss: false, compilerOptions: { css: 'injected' } } : {}),
      // The built page carries its Content-Security-Policy (no inline script, no eval).
      pagePolicy(allowedOrigins),
      // The app's chunk downloads beside the small first script (see src/main.ts).
      preloadApp(),
      // npm start: "Review names" writes seeds/aliases.json and rebuilds (dev server only).
      reviewServer(),
    ],
  };
});
