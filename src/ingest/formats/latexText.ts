/**
 * The LaTeX that citation.js does not decode, handled around it: rewritten before parsing
 * where the argument braces still show what a command applies to (`\mbox{of}` would come out
 * as `\mboxof`), tidied after where only a residue is left. Math (`$…$`) is set aside first
 * and put back last, untouched, for KaTeX.
 */

const PLACEHOLDER_RE = /zqmath(\d+)zq/g;
/** `$…$` not opened or closed by an escaped `\$`. */
const MATH_RE = /(?<!\\)\$[^$]+(?<!\\)\$/g;

/**
 * citation.js turns `$\mathcal{O}(1)$` into `\mathcalO(1)`: math is replaced by a
 * placeholder before parsing and put back after.
 */
export function protectMath(text: string): { text: string; restore: (value: string) => string } {
  if (!text.includes('$')) return { text, restore: (value) => value };
  const formulas: string[] = [];
  const protectedText = text.replace(MATH_RE, (formula) => `zqmath${formulas.push(formula) - 1}zq`);
  return {
    text: protectedText,
    restore: (value) => value.replace(PLACEHOLDER_RE, (_, i: string) => formulas[Number(i)] ?? ''),
  };
}

/** Commands whose argument is plain text here (citation.js drops the braces, keeps the name). */
const TEXT_ARGUMENT_RE =
  /\\(?:mbox|hbox|makebox|textrm|textnormal|textup|textmd|textsl|text|mathrm|mathbf|mathit|mathsf|mathtt|mathnormal|ensuremath|NoCaseChange|nocase|uppercase|lowercase|MakeUppercase|MakeLowercase)\s*\{/g;
/** Notes that are no part of a title or name. */
const NOTE_RE = /\\(?:footnote|thanks)\s*\{/g;

/** Removes `\footnote{…}` with its balanced argument (iterative: depth is bounded upstream). */
function dropNotes(text: string): string {
  let out = '';
  let from = 0;
  NOTE_RE.lastIndex = 0;
  for (let match = NOTE_RE.exec(text); match; match = NOTE_RE.exec(text)) {
    out += text.slice(from, match.index);
    let depth = 0;
    let i = match.index + match[0].length - 1;
    for (; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) break;
    }
    from = i + 1;
    NOTE_RE.lastIndex = from;
  }
  return out + text.slice(from);
}

/**
 * Before citation.js: spacing and hyphenation commands (`Proc.\ of`, `Fing\-scheidt`, `\\`,
 * a backslash ending a line, which citation.js calls invalid syntax), `{\^{}}` (a circumflex
 * over nothing, `undefined̂` in citation.js), and argument-taking commands it does not know.
 */
export function prepareLatex(text: string): string {
  if (!text.includes('\\')) return text;
  return dropNotes(text)
    .replace(/\\\\(?:\[[^\]\n]*\])?/g, ' ')
    .replace(/\\(?:\r\n|\n|\r)/g, ' ')
    .replace(/\\\^\{\}/g, '\\textasciicircum{}')
    .replace(/\\~\{\}/g, '\\textasciitilde{}')
    .replace(/\\[ \t]/g, ' ')
    .replace(/\\[-!/]/g, '')
    .replace(/\\[,;:>]/g, ' ')
    .replace(TEXT_ARGUMENT_RE, '{');
}

/**
 * After citation.js: a dotless `ı` under an accent is an accented i (`{\'{\i}}` gives `ı́`),
 * and any command still left (`\foo` it did not know) loses its backslash and name, never
 * its text. Only text outside math comes here: formulas are still placeholders.
 */
export function finishLatex(value: string): string {
  let out = value;
  if (out.includes('ı')) out = out.replace(/ı(?=\p{M})/gu, 'i').normalize('NFC');
  if (out.includes('\\')) out = out.replace(/\\[a-zA-Z]+\s*|\\(?=[^a-zA-Z])/g, '');
  return out;
}

/** Every string of a citation.js item, names' parts included, finished and its math restored. */
export function finishItem<T>(item: T, restore: (value: string) => string): T {
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return restore(finishLatex(value));
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    return value;
  };
  return visit(item) as T;
}
