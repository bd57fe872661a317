/**
 * KaTeX, loaded only when a text has math. Output is built with `trust: false` (no \href,
 * \includegraphics, \htmlClass…) and capped in size and macro expansion, so a listing cannot
 * inject markup or hang the page. It is inserted as DOM nodes by katex.render, never as HTML
 * strings of listing text.
 */
import type { KatexOptions } from 'katex';

type Katex = typeof import('katex').default;

export const KATEX_OPTIONS: KatexOptions = {
  trust: false,
  throwOnError: false,
  strict: 'ignore',
  maxSize: 10,
  maxExpand: 200,
  output: 'htmlAndMathml',
};

/**
 * Longer formulas stay as their source text: real abstracts' math is short, and typesetting
 * pages of it would stall the panel for nothing.
 */
export const MAX_TEX_LENGTH = 2000;

export function isTypesettable(tex: string): boolean {
  return tex.length <= MAX_TEX_LENGTH;
}

let loading: Promise<{ katex: Katex; css: string }> | null = null;

function load() {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css?inline')]).then(
    ([katex, css]) => ({ katex: katex.default, css: css.default }),
  );
  return loading;
}

const styled = new WeakSet<Document | ShadowRoot>();

/**
 * KaTeX's stylesheet goes into the document (fonts must be declared there to load) and, when
 * the text lives in a shadow root, into that root too: document styles do not reach inside.
 */
function ensureStyles(node: Element, css: string): void {
  const root = node.getRootNode();
  const targets: (Document | ShadowRoot)[] = [node.ownerDocument];
  if (root instanceof ShadowRoot) targets.push(root);
  for (const target of targets) {
    if (styled.has(target)) continue;
    styled.add(target);
    const style = node.ownerDocument.createElement('style');
    style.dataset['coauthorAtlas'] = 'katex';
    style.textContent = css;
    (target instanceof ShadowRoot ? target : target.head).append(style);
  }
}

/** Renders `tex` into `node`, replacing its content; leaves the fallback text on failure. */
export async function renderMath(node: HTMLElement, tex: string, display: boolean): Promise<void> {
  if (!isTypesettable(tex)) return;
  try {
    const { katex, css } = await load();
    if (!node.isConnected) return;
    ensureStyles(node, css);
    katex.render(tex, node, { ...KATEX_OPTIONS, displayMode: display });
  } catch (error) {
    console.warn('Could not render math', tex, error);
  }
}
