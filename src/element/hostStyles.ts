/**
 * The element's own box, and the wall around the app inside it. The host page sizes the
 * element like any block (its CSS wins over `:host`); nothing else of the host's reaches in:
 * selectors stop at the shadow root, and `.frame` resets every inherited property (fonts,
 * colours, letter-spacing, text-transform…) so the page's typography does not leak either.
 */

export const HOST_CSS = `
:host {
  display: block;
  position: relative;
  height: 480px;
  min-width: 0;
}
:host([hidden]) {
  display: none;
}
.frame {
  all: initial;
  display: block;
  width: 100%;
  height: 100%;
  /* rem in the app's styles means this, not the host page's root font size (see build/). */
  --atlas-rem: 16px;
}
`;

let shared: CSSStyleSheet | null = null;

/**
 * One constructed stylesheet shared by every instance (no per-instance copies, and no inline
 * <style> a host's CSP would have to allow); a <style> element where that is unsupported.
 */
export function applyHostStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(HOST_CSS);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  root.append(style);
}
