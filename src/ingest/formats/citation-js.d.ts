// citation.js ships no type declarations; this is the part the BibTeX format uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: unknown[];
  }
}
declare module '@citation-js/plugin-bibtex';
