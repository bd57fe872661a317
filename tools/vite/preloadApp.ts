/**
 * The page's first script is a small one that starts the graph file's request and then
 * imports the app (src/main.ts). A `modulepreload` link for the app's chunk lets the browser
 * download and compile it alongside that first script instead of one round trip after it, and
 * its stylesheet links let the styles arrive as early as they did when the app was one chunk.
 */
import type { Plugin } from 'vite';

export const APP_MODULE = 'src/app/start.ts';

export function preloadApp(): Plugin {
  return {
    name: 'coauthor-atlas:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (item) =>
            item.type === 'chunk' &&
            item.facadeModuleId?.replaceAll('\\', '/').endsWith(APP_MODULE),
        );
        if (!chunk) throw new Error(`no chunk for ${APP_MODULE}: the page would load it late`);
        const links = [
          `<link rel="modulepreload" crossorigin href="./${chunk.fileName}">`,
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map(
            (css) => `<link rel="stylesheet" crossorigin href="./${css}">`,
          ),
        ];
        return html.replace('</head>', `${links.map((l) => `  ${l}\n`).join('')}  </head>`);
      },
    },
  };
}
