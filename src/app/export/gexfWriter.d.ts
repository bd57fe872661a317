/**
 * graphology-gexf's writer alone: its package entry points also load a parser (xmldom in
 * Node, DOMParser in browsers) that exporting never needs.
 */
declare module 'graphology-gexf/browser/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export default writeGexf;
}
