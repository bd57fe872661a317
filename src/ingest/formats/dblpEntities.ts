/**
 * The character entities dblp's XML uses, as `dblp.dtd` declares them: ISO Latin-1 (`&auml;`,
 * `&szlig;`, `&oslash;`, …, U+00A0 to U+00FF) and XML's own five. Decoded by a table lookup in
 * one pass: nothing expands into more entities, so no input makes this more than linear.
 */
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg ' +
  'plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute ' +
  'Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml ' +
  'Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ' +
  'ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

export const DBLP_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(LATIN1.map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
});

const XML_CORE: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,15}));/g;

function codePoint(code: number): string | undefined {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}

/**
 * Text with dblp's entities and character references decoded; an unknown name stays as
 * printed. `keepMarkup` leaves `&lt;`, `&gt;` and `&amp;` for the clean stage, which reads
 * a title's `<i>`/`<sub>` markup and then decodes them, so `a &lt;b&gt;` never becomes a tag.
 */
export function decodeDblpEntities(text: string, keepMarkup = false): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, decimal?: string, hex?: string, name?: string) => {
    const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
    if (code !== undefined)
      return keepMarkup && (code === 60 || code === 62 || code === 38)
        ? whole
        : (codePoint(code) ?? whole);
    if (keepMarkup && (name === 'lt' || name === 'gt' || name === 'amp')) return whole;
    return DBLP_ENTITIES[name!] ?? XML_CORE[name!] ?? whole;
  });
}
