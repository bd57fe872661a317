/**
 * The web component's script: include it once (`<script type="module" src=".../coauthor-atlas.js">`),
 * then use `<coauthor-atlas>` anywhere on the page. Including it twice (two widgets, two
 * copies of a snippet) is harmless: the element is defined once.
 */
import { CoauthorAtlasElement, TAG_NAME } from './CoauthorAtlasElement';

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, CoauthorAtlasElement);

export { CoauthorAtlasElement, TAG_NAME };

declare global {
  interface HTMLElementTagNameMap {
    'coauthor-atlas': CoauthorAtlasElement;
  }
}
