/**
 * HTML character references as the characters they stand for: numeric (`&#8211;`, `&#x2013;`)
 * and the named ones scraped listings carry. An unknown name stays as printed (`&foo;` may be
 * text), and so does a number that is no character.
 */
import { HIGH_CONTROL_RANGE } from '../../text/windows1252';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  times: '×',
  middot: '·',
  bull: '•',
  deg: '°',
  plusmn: '±',
  minus: '−',
  le: '≤',
  ge: '≥',
  ne: '≠',
  approx: '≈',
  infin: '∞',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  ell: 'ℓ',
  szlig: 'ß',
  dagger: '†',
  Dagger: '‡',
  sect: '§',
  para: '¶',
  ast: '*',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  shy: '',
  zwj: '',
  zwnj: '',
};

const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030A',
  cedil: '\u0327',
  caron: '\u030C',
};

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,15}));/g;

/** Numbers 128-159 mean Windows-1252 there, as browsers read them (`&#150;` is `–`). */
function fromCodePoint(code: number): string | undefined {
  if (code >= 0x80 && code < 0xa0) return String.fromCharCode(HIGH_CONTROL_RANGE[code - 0x80]!);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}

/** `&eacute;` and its kin: a letter and an accent, composed. */
function accented(name: string): string | undefined {
  const match = /^([a-zA-Z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/.exec(name);
  return match ? `${match[1]}${ACCENTS[match[2]!]}`.normalize('NFC') : undefined;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return fromCodePoint(Number(decimal)) ?? whole;
    if (hex) return fromCodePoint(parseInt(hex, 16)) ?? whole;
    return NAMED[name!] ?? accented(name!) ?? whole;
  });
}
