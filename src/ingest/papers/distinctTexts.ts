/**
 * The distinct texts among many, and which documents carry each: one paper listed on several
 * coauthors' pages brings the same abstract each time (at L, 182,050 abstracts are 112,275
 * texts), and the abstract index reads each text once.
 */
export interface DistinctTexts {
  /** The distinct texts, in the order of the first document carrying each. */
  texts: string[];
  /** Document d carries `texts[textOf[d]]`; -1 when it has none. */
  textOf: Int32Array;
  /** How many documents carry each text. */
  copies: Int32Array;
  /** Text t's documents are `docs[docStarts[t] .. docStarts[t + 1])`, ascending. */
  docStarts: Int32Array;
  docs: Int32Array;
}

export function distinctTexts(given: readonly (string | undefined)[]): DistinctTexts {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  const textOf = new Int32Array(given.length).fill(-1);
  given.forEach((text, doc) => {
    if (!text) return;
    let id = ids.get(text);
    if (id === undefined) {
      id = texts.length;
      ids.set(text, id);
      texts.push(text);
    }
    textOf[doc] = id;
  });
  const copies = new Int32Array(texts.length);
  for (const id of textOf) if (id >= 0) copies[id]!++;
  const docStarts = new Int32Array(texts.length + 1);
  for (let t = 0; t < texts.length; t++) docStarts[t + 1] = docStarts[t]! + copies[t]!;
  const docs = new Int32Array(docStarts[texts.length]!);
  const fill = docStarts.slice(0, texts.length);
  textOf.forEach((id, doc) => {
    if (id >= 0) docs[fill[id]!++] = doc;
  });
  return { texts, textOf, copies, docStarts, docs };
}
