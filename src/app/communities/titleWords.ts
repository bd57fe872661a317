/**
 * Words of paper titles, for naming communities: lower case, accents kept (they are part of
 * the word on screen), LaTeX and numbers dropped, stop words and title boilerplate dropped.
 */

/** English function words, and words that say a title is a title rather than what it is about. */
const STOP_WORDS = new Set(
  (
    'a about above across after against all along also am among an and any are as at be because been ' +
    'before being below between both but by can could did do does doing down during each either few for ' +
    'from further had has have having he her here hers him his how i if in into is it its itself just ' +
    'may me might more most must my no nor not now of off on once one only or other our out over own ' +
    'per same she should so some such than that the their them then there these they this those through ' +
    'to too two under until up upon us use used using very via was we were what when where which while ' +
    'who whom why will with within without would you your yet ' +
    // title boilerplate
    'towards toward approach approaches based beyond case new novel paper revisited revisiting ' +
    'study studies improved improving simple better note vs versus part'
  ).split(' '),
);

/** Inline math (`$…$`, `\(…\)`) and commands (`\mathcal`) say little as words. */
const LATEX = /\$[^$]*\$|\\\([^)]*\\\)|\\[a-zA-Z]+/g;

export function titleWords(title: string): string[] {
  const words = title
    .replace(LATEX, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, '').replace(/'s$/, ''));
  return words.filter(
    (word) => word.length >= 3 && /\p{L}/u.test(word) && !/\d/.test(word) && !STOP_WORDS.has(word),
  );
}

/**
 * Folds plurals into their singular when the corpus has both (`networks` → `network`): a
 * conservative rule, so `analysis` or `bias` are never cut.
 */
export function singularMap(vocabulary: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const word of vocabulary) {
    if (word.length < 4 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) continue;
    const candidates = word.endsWith('ies')
      ? [`${word.slice(0, -3)}y`, word.slice(0, -1)]
      : word.endsWith('es')
        ? [word.slice(0, -1), word.slice(0, -2)]
        : [word.slice(0, -1)];
    const singular = candidates.find((c) => vocabulary.has(c));
    if (singular) map.set(word, singular);
  }
  return map;
}
