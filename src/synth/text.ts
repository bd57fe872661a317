/**
 * Synthetic titles and abstracts: pseudo-words with a Zipf frequency, a topic vocabulary per
 * research group, and the variants listings show (case, dashes, a retitled venue version,
 * a revised abstract, page debris).
 */
import type { Random } from '../util/random';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ra',
  'to',
  'vi',
  'su',
  'de',
  'po',
  'gra',
  'tren',
  'sol',
  'mar',
  'qui',
  'zen',
  'fal',
  'bri',
  'cor',
  'dun',
  'el',
  'fi',
  'ga',
  'hel',
  'io',
  'ju',
  'ker',
  'lum',
  'nox',
  'or',
  'pix',
  'rho',
  'sta',
  'tur',
  'ul',
  'vex',
  'wal',
  'xen',
  'yo',
  'zu',
];
const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'we',
  'a',
  'for',
  'that',
  'is',
  'on',
  'with',
  'our',
  'this',
  'by',
  'as',
  'are',
  'which',
  'from',
  'show',
  'propose',
  'method',
  'results',
  'model',
  'learning',
  'data',
  'new',
  'than',
  'can',
  'be',
];
const TITLE_LINKS = ['for', 'via', 'with', 'in', 'under', 'beyond', 'towards'];

export class Vocabulary {
  readonly words: string[];

  constructor(size: number, random: Random) {
    const seen = new Set<string>();
    this.words = [];
    while (this.words.length < size) {
      const length = random.int(2, 4);
      let word = '';
      for (let i = 0; i < length; i++) word += random.pick(SYLLABLES);
      if (!seen.has(word)) {
        seen.add(word);
        this.words.push(word);
      }
    }
  }

  /** Common words often, rare ones rarely. */
  sample(random: Random): string {
    return this.words[random.zipf(this.words.length, 1.05)]!;
  }
}

export interface Topic {
  words: string[];
}

export function makeTopic(vocabulary: Vocabulary, random: Random, size = 400): Topic {
  const words = new Set<string>();
  while (words.size < size) words.add(random.pick(vocabulary.words));
  return { words: [...words] };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A title of 4 to 9 words; some words hyphenated (so listings can disagree on the dash). */
export function makeTitle(topic: Topic, vocabulary: Vocabulary, random: Random): string {
  const content = (): string => {
    const word = random.chance(0.6) ? random.pick(topic.words) : vocabulary.sample(random);
    return random.chance(0.12)
      ? `${capitalise(word)}-${capitalise(random.pick(topic.words))}`
      : capitalise(word);
  };
  const head = Array.from({ length: random.int(2, 4) }, content).join(' ');
  const tail = Array.from({ length: random.int(1, 3) }, content).join(' ');
  return `${head} ${random.pick(TITLE_LINKS)} ${tail}`;
}

export function makeAbstract(topic: Topic, vocabulary: Vocabulary, random: Random): string {
  const sentences: string[] = [];
  let words = 0;
  const target = random.int(110, 190);
  while (words < target) {
    const length = random.int(10, 24);
    const sentence = Array.from({ length }, () => {
      const r = random.next();
      // Real abstracts of one group share some vocabulary, not most of it: calibrated so that
      // unrelated abstracts of one group score about as low (≈0.1-0.2) as the seeds' do.
      if (r < 0.4) return random.pick(FUNCTION_WORDS);
      if (r < 0.55) return random.pick(topic.words);
      return vocabulary.sample(random);
    });
    sentences.push(`${capitalise(sentence.join(' '))}.`);
    words += length;
  }
  return sentences.join(' ');
}

/** An earlier or later version of an abstract: about one word in eight replaced by a topic word. */
export function reviseAbstract(abstract: string, topic: Topic, random: Random): string {
  return abstract
    .split(' ')
    .map((word) =>
      random.chance(0.12) ? random.pick(topic.words) + (word.endsWith('.') ? '.' : '') : word,
    )
    .join(' ');
}

/** How a listing may spell the same title: lower case, dashes as spaces or em dashes. */
export function titleVariant(title: string, random: Random): string {
  const r = random.next();
  if (r < 0.3) return title.replace(/(?<=\s)(\p{Lu})/gu, (c) => c.toLowerCase());
  if (r < 0.5) return title.replace(/-/g, ' ');
  if (r < 0.6) return title.replace(/-/g, '—');
  return title;
}

/** The arXiv title of a work later retitled at its venue: `Acronym: venue title`. */
export function preprintTitle(venueTitle: string, random: Random): string {
  const acronym = Array.from({ length: random.int(3, 6) }, () => random.pick(SYLLABLES))
    .join('')
    .slice(0, 7);
  return `${capitalise(acronym)}: ${venueTitle}`;
}

export const PAGE_DEBRIS = ' [abs] [ pdf ][ bib ] [ code ]';
