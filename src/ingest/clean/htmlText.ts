/**
 * HTML styling in titles and abstracts (scraped pages, citation.js's `<i>` for `\emph`) as
 * plain text: `<i>k</i>-SAT` is `k-SAT`, `L<sub>1</sub>` is `L₁` (or `$L_{1}$` for KaTeX when a
 * character has no Unicode subscript), entities are decoded. No styling tag survives and none
 * is produced; markup that is content (`<img …>`, `<script>`) is text and stays, as data
 * (see styleTags.ts). Math (`$…$`) is left as it is, `a<b` in it included.
 */
import { decodeEntities } from './entities';
import { SCRIPT_TAG_RE, stripStyleTags } from './styleTags';

const SUBSCRIPTS: Record<string, string> = {
  ...digitsFrom('₀₁₂₃₄₅₆₇₈₉'),
  '+': '₊',
  '-': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  ...lettersFrom('aehijklmnoprstuvx', 'ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'),
};
const SUPERSCRIPTS: Record<string, string> = {
  ...digitsFrom('⁰¹²³⁴⁵⁶⁷⁸⁹'),
  '+': '⁺',
  '-': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  ...lettersFrom('abcdefghijklmnoprstuvwxyz', 'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'),
  ...lettersFrom('ABDEGHIJKLMNOPRTUVW', 'ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ'),
};

function digitsFrom(glyphs: string): Record<string, string> {
  return Object.fromEntries([...glyphs].map((g, d) => [String(d), g]));
}
function lettersFrom(letters: string, glyphs: string): Record<string, string> {
  const marks = [...glyphs];
  return Object.fromEntries([...letters].map((l, i) => [l, marks[i]!]));
}

/** Characters that may stand in KaTeX's `_{…}` as they are. */
const PLAIN_SCRIPT_RE = /^[\p{L}\p{N} +\-=(),./']+$/u;

function scripted(base: string, kind: string, content: string): string {
  const table = kind.toLowerCase() === 'sub' ? SUBSCRIPTS : SUPERSCRIPTS;
  const glyphs = [...content].map((ch) => table[ch]);
  if (content !== '' && glyphs.every((g) => g !== undefined)) return base + glyphs.join('');
  if (!PLAIN_SCRIPT_RE.test(content)) return `${base}${content}`;
  return `$${base}${kind.toLowerCase() === 'sub' ? '_' : '^'}{${content.trim()}}$`;
}

function convertOutsideMath(text: string): string {
  const withScripts = stripStyleTags(
    text.replace(SCRIPT_TAG_RE, (_, base: string, kind: string, content: string) =>
      scripted(base, kind, decodeEntities(content)),
    ),
  );
  const decoded = decodeEntities(withScripts);
  // Escaped styling (`&lt;i&gt;`) decodes to styling: it goes too, not shown as text.
  return decoded === withScripts ? decoded : stripStyleTags(decoded);
}

/** The text without HTML: tags dropped or turned into Unicode/KaTeX scripts, entities decoded. */
export function htmlToText(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  // Odd pieces of the split are math; an unclosed `$` leaves the rest as text.
  const pieces = text.split(/(?<!\\)(\$[^$]+\$)/);
  return pieces.map((piece, i) => (i % 2 === 1 ? piece : convertOutsideMath(piece))).join('');
}
