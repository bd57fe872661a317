/**
 * Author ids: ASCII slugs of the display name (`martin-takac`), safe in URLs, CSS selectors
 * and file names whatever the name. Diacritics fold away (`fold`), Greek and Cyrillic are
 * transliterated; a name with letters that have no Latin spelling here (CJK, Arabic, …) gets
 * a short hash of the name, so it is still its own stable id (`author-1k3x9qz`, `li-1k3x9qz`).
 */
import { hashString } from '../util/hash';
import { cleanText, fold } from './fold';

/** Lower-case Greek (monotonic, as folding leaves it) and Cyrillic letters in Latin letters. */
const LATIN_OF: Record<string, string> = {
  ...pairs('αβγδεζηικλμνξοπρσςτυφω', 'avgdeziiklmnxoprsstyfo'),
  θ: 'th',
  χ: 'ch',
  ψ: 'ps',
  ...pairs('абвгдезийклмнопрстуфыэіґјћ', 'abvgdeziiklmnoprstufyeigjc'),
  ж: 'zh',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ь: '',
  ю: 'yu',
  я: 'ya',
  є: 'ye',
  ђ: 'dj',
  љ: 'lj',
  њ: 'nj',
  џ: 'dz',
};
const LATIN_OF_RE = new RegExp(`[${Object.keys(LATIN_OF).join('')}]`, 'g');

function pairs(letters: string, latin: string): Record<string, string> {
  return Object.fromEntries([...letters].map((letter, i) => [letter, latin[i]!]));
}

export function slugify(name: string): string {
  const latin = fold(name).replace(LATIN_OF_RE, (ch) => LATIN_OF[ch] ?? ch);
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Letters left that are not ASCII would be lost: the hash keeps such names apart.
  const untransliterated = /\p{L}/u.test(latin.replace(/[a-z]/g, ''));
  if (!untransliterated) return slug || 'author';
  const hash = hashString(cleanText(name)).toString(36);
  return slug ? `${slug}-${hash}` : `author-${hash}`;
}
