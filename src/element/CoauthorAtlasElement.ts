/**
 * `<coauthor-atlas>`: the map as a custom element for any page. Its attributes mirror the URL
 * parameters and may change at any time; it emits `ready`, `author-select`, `pair-select` and
 * `load-error` (bubbling, composed); its look lives in a shadow root. Each instance mounts its
 * own app with its own store, so several on one page are independent.
 */
import { mount, unmount } from 'svelte';
import App from '../app/App.svelte';
import { DEFAULT_CONFIG, DEFAULT_DATA_URL, type AtlasConfig, type AtlasLinks } from '../app/config';
import {
  attributeCommand,
  attributeReader,
  attributesToQuery,
  canonicalAttribute,
  ELEMENT_ATTRIBUTES,
  flagAttribute,
  isStateAttribute,
} from '../app/params/attributes';
import type { FilterChanges } from '../app/host/commands';
import type { AtlasEvent } from '../app/host/events';
import { createHostChannel, type HostChannel } from '../app/host/host';
import { parseIncomingMessage, PROTOCOL, PROTOCOL_VERSION } from '../app/host/protocol';
import { THEME_PARAM } from '../app/params/schema';
import { namesState, queryString } from '../app/params/url';
import { applyHostStyles } from './hostStyles';

export const TAG_NAME = 'coauthor-atlas';

const warn = (message: string) => console.warn(`Coauthor Atlas: ${message}`);

/**
 * This script's folder: the built app (index.html, graph.json) lives beside it. (Through a
 * variable: Vite would take `new URL('./', import.meta.url)` for an asset to bundle.)
 */
const SCRIPT_URL: string = import.meta.url;
const scriptFolder = () => new URL('./', SCRIPT_URL).href;

function elementLinks(graphUrl: string): AtlasLinks {
  const pageUrl = scriptFolder();
  return {
    pageUrl,
    data: graphUrl === new URL(DEFAULT_DATA_URL, pageUrl).href ? null : graphUrl,
    graphUrl,
    scriptUrl: SCRIPT_URL,
  };
}

/**
 * With `history`, the element shares the page's address bar: the attributes give the state
 * only when the address does not already name one (a reader's reload or shared link wins).
 */
function seedAddressBar(query: string): void {
  const current = new URLSearchParams(window.location.search);
  if (namesState(current)) return;
  const params = new URLSearchParams(query);
  params.delete(THEME_PARAM.url);
  for (const [key, value] of params) current.set(key, value);
  const url = `${window.location.pathname}${queryString(current)}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

export class CoauthorAtlasElement extends HTMLElement {
  static get observedAttributes(): readonly string[] {
    return ELEMENT_ATTRIBUTES;
  }

  readonly #frame: HTMLDivElement;
  #app: ReturnType<typeof mount> | null = null;
  #channel: HostChannel | null = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    applyHostStyles(root);
    this.#frame = document.createElement('div');
    this.#frame.className = 'frame';
    root.append(this.#frame);
  }

  connectedCallback(): void {
    if (!this.#app) this.#mount();
  }

  disconnectedCallback(): void {
    // Moving the element (a framework re-ordering a list) disconnects and reconnects it in
    // one task: keep the map through that, end it only if it stays out of the page.
    queueMicrotask(() => {
      if (!this.isConnected) this.#unmount();
    });
  }

  attributeChangedCallback(changed: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.#app) return;
    const name = canonicalAttribute(changed);
    if (!isStateAttribute(name)) {
      this.#remount(); // src, panels, history: a new app, state from the attributes
      return;
    }
    const command = attributeCommand(name, this.#read);
    if (command.ok) this.#channel?.send(command.value);
    else warn(command.reason);
  }

  /** Selects an author by id, name or alias (null clears), like the `author` attribute. */
  selectAuthor(author: string | null): void {
    this.#command({ type: 'select-author', author });
  }

  /** Opens the joint papers of two authors. */
  openPair(author: string, other: string): void {
    this.#command({ type: 'open-pair', author, with: other });
  }

  /** Changes the named filters only (`{ from, to, minJoint, hideOwner, resolution }`). */
  setFilters(filters: FilterChanges): void {
    this.#command({ type: 'set-filters', ...filters });
  }

  /** Shows the collaboration path from an author to another (null closes it), like `author` + `path`. */
  showPath(author: string, path: string | null): void {
    this.#command({ type: 'show-path', author, path });
  }

  /** Shows only the selected author's ego network, 1 or 2 steps (0: the whole map), like `ego`. */
  setEgo(ego: 0 | 1 | 2): void {
    this.#command({ type: 'set-ego', ego });
  }

  /** Colours by community or by lab roster, like `colour`. */
  setColour(colour: 'community' | 'roster'): void {
    this.#command({ type: 'set-colour', colour });
  }

  /** Calls from page scripts are checked like messages: the page may hand over anything. */
  #command(fields: Record<string, unknown>): void {
    const parsed = parseIncomingMessage({
      ...fields,
      protocol: PROTOCOL,
      version: PROTOCOL_VERSION,
    });
    if (parsed.kind === 'command') this.#channel?.send(parsed.command);
    else warn(parsed.kind === 'invalid' ? parsed.reason : 'ignored a malformed call');
  }

  #read = attributeReader((name) => this.getAttribute(name));

  #config(channel: HostChannel): AtlasConfig {
    const { query, warnings } = attributesToQuery(this.#read);
    const flag = (name: 'panels' | 'history', fallback: boolean) => {
      const parsed = flagAttribute(name, this.#read(name), fallback);
      if (parsed.ok) return parsed.value;
      warn(`<${TAG_NAME} ${name}>: ${parsed.reason}; ignored`);
      return fallback;
    };
    warnings.forEach(warn);
    const theme = THEME_PARAM.parse(this.#read(THEME_PARAM.attribute) ?? THEME_PARAM.default);
    const src = this.#read('src')?.trim();
    // A relative src is the host page's (like an <img>); without one, the graph beside this script.
    const dataUrl = src
      ? new URL(src, document.baseURI).href
      : new URL(DEFAULT_DATA_URL, scriptFolder()).href;
    const history = flag('history', false);
    if (history) seedAddressBar(query);
    return {
      ...DEFAULT_CONFIG,
      dataUrl,
      initialQuery: query,
      syncLocation: history,
      theme: theme.ok ? theme.value : THEME_PARAM.default,
      embed: true,
      panels: flag('panels', true),
      host: channel.host,
      links: elementLinks(dataUrl),
    };
  }

  #mount(): void {
    const channel = createHostChannel((event) => this.#dispatch(event));
    this.#channel = channel;
    this.#app = mount(App, { target: this.#frame, props: { config: this.#config(channel) } });
  }

  #unmount(): void {
    if (this.#app) void unmount(this.#app);
    this.#app = null;
    this.#channel = null;
  }

  #remount(): void {
    this.#unmount();
    if (this.isConnected) this.#mount();
  }

  #dispatch(event: AtlasEvent): void {
    // The host sizes the element with CSS; the iframe's height requests mean nothing here.
    if (event.type === 'resize') return;
    this.dispatchEvent(
      new CustomEvent(event.type, { detail: event.detail, bubbles: true, composed: true }),
    );
  }
}
