/**
 * Finds markup that listing text could have injected into the map: inside every app root of a
 * document (`.atlas`, in the page or in a `<coauthor-atlas>` shadow root), elements that load
 * or run things (img, script, iframe, object…), event-handler and srcdoc attributes, script
 * URLs in links, and what KaTeX's \href, \htmlClass, \htmlId, \htmlData and \htmlStyle would
 * produce. An empty list means the hostile strings stayed text.
 */
import type { Frame, Page } from '@playwright/test';

export async function injectedMarkup(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const FORBIDDEN_TAGS = new Set([
      'script',
      'img',
      'iframe',
      'frame',
      'object',
      'embed',
      'base',
      'meta',
      'link',
      'form',
      'foreignobject',
    ]);
    const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);
    const SCRIPT_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html)/i;

    const roots: Element[] = [];
    const collect = (scope: Document | ShadowRoot) => {
      roots.push(...scope.querySelectorAll('.atlas'));
      for (const element of scope.querySelectorAll('*')) {
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);

    const problems: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    for (const root of roots) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (FORBIDDEN_TAGS.has(element.localName))
          problems.push(`<${element.localName}>: ${describe(element)}`);
        for (const { name, value } of element.attributes) {
          if (name.startsWith('on') || name === 'srcdoc')
            problems.push(`${name}=: ${describe(element)}`);
          if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(value)) problems.push(`${name}=${value}`);
          if (name === 'style' && /javascript:|url\(/i.test(value)) problems.push(`style=${value}`);
          if (/^data-on/.test(name)) problems.push(`${name}=${value}`); // KaTeX's \htmlData
        }
        // KaTeX with trust would have made these.
        if (element.closest('.katex')) {
          if (element.localName === 'a') problems.push(`KaTeX link: ${describe(element)}`);
          if (element.id) problems.push(`KaTeX id: ${element.id}`);
          for (const name of element.classList) {
            if (!/^[\w-]+$/.test(name) || name === 'x') problems.push(`KaTeX class: ${name}`);
          }
        }
      }
    }
    return problems;
  });
}
