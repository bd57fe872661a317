/**
 * Synthetic people: unique names with the spelling variants real listings show
 * (diacritics dropped, a DBLP suffix, a middle initial left out, a romanised given name).
 */
import { blockingKey, parseName } from '../ingest/people/names';
import { stripDiacritics } from '../text/fold';
import type { Random } from '../util/random';

const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Chloé',
  'David',
  'Elena',
  'François',
  'Gabriel',
  'Hana',
  'Ines',
  'Jakub',
  'Karin',
  'Lukas',
  'Maria',
  'Nikola',
  'Olga',
  'Pablo',
  'Qiang',
  'Rosa',
  'Sofia',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoë',
  'Amir',
  'Björn',
  'Carla',
  'Dmitry',
  'Emre',
  'Fatima',
  'Gustavo',
  'Hiroshi',
  'Ingrid',
  'José',
  'Kaito',
  'Leila',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Rafael',
  'Søren',
  'Tanja',
  'Ulrich',
  'Valentina',
  'Wojciech',
  'Xavier',
  'Yara',
  'Zhiwei',
  'Aurélien',
  'Bettina',
  'Cécile',
  'Dorothée',
  'Étienne',
  'Frédéric',
  'Gaëlle',
  'Hélène',
  'Iñaki',
  'Jürgen',
  'Kateřina',
  'Łukasz',
  'Małgorzata',
  'Nuño',
  'Øystein',
  'Pál',
  'Radosław',
  'Šimon',
  'Tomáš',
  'Vojtěch',
  'Zuzana',
  'Ahmed',
  'Beatriz',
  'Chen',
  'Deniz',
  'Eitan',
  'Farid',
  'Giulia',
  'Hugo',
  'Ilya',
  'Jun',
  'Kofi',
  'Lin',
  'Mehdi',
  'Noor',
  'Omar',
  'Paolo',
  'Ravi',
  'Sara',
  'Thabo',
  'Vera',
  'Yuki',
  'Zainab',
  'Alessandro',
  'Bruno',
  'Camille',
  'Diego',
  'Emma',
  'Felix',
  'Greta',
  'Henrik',
  'Irene',
  'Julia',
  'Kevin',
  'Laura',
  'Marco',
  'Nina',
  'Otto',
  'Petra',
  'Quentin',
  'Rebecca',
  'Stefan',
  'Teresa',
  'Urs',
  'Vincent',
  'Wiebke',
  'Yannick',
  'Zeynep',
];
/** Given names romanised two ways from Cyrillic; listings disagree on which one to print. */
const ROMANISED: Record<string, string> = {
  Anastasia: 'Anastasiia',
  Yulia: 'Iuliia',
  Dmitry: 'Dmitrii',
  Natalia: 'Nataliia',
  Evgenia: 'Evgeniia',
};
const SURNAME_PARTS = {
  start: [
    'Ka',
    'Mü',
    'No',
    'Ber',
    'Tak',
    'Sch',
    'Fer',
    'Lun',
    'Dvo',
    'Ros',
    'Ha',
    'Vi',
    'Pé',
    'Gon',
    'Ål',
    'Kow',
    'Li',
    'Ngu',
    'Oka',
    'Sa',
    'Ter',
    'Zim',
    'Bra',
    'Cor',
    'Del',
    'Eng',
    'Fal',
    'Gri',
    'Hol',
    'Ivan',
    'Jen',
    'Kra',
    'Mar',
    'Pet',
    'Ric',
    'Sto',
    'Wal',
    'Yam',
    'Zha',
    'Čer',
  ],
  middle: [
    '',
    'ra',
    'ló',
    'vi',
    'ne',
    'ka',
    'ter',
    'mi',
    'san',
    'do',
    'ri',
    'lu',
    'ze',
    'bo',
    'ta',
    'gé',
    'no',
    'ša',
    'ku',
    'le',
  ],
  end: [
    'ček',
    'ller',
    'vak',
    'ger',
    'áč',
    'midt',
    'rari',
    'dqvist',
    'řák',
    'si',
    'nsen',
    'ira',
    'rez',
    'zález',
    'berg',
    'alski',
    'u',
    'yen',
    'moto',
    'to',
    'hoeven',
    'mer',
    'dley',
    'tés',
    'gado',
    'lund',
    'coni',
    'ffin',
    'mes',
    'ov',
    'kins',
    'mer',
    'tin',
    'rov',
    'ci',
    'ker',
    'sh',
    'ada',
    'ng',
    'ný',
  ],
};

export interface SynthPerson {
  id: string;
  given: string;
  middleInitial?: string;
  surname: string;
  /** DBLP homonym number, printed by author-cluster pages only. */
  dblp?: string;
  /** The spelling profile pages print (may drop diacritics or the middle initial). */
  profileSpelling: string;
  /** The spelling author-cluster pages print. */
  clusterSpelling: string;
  canonical: string;
}

function surname(random: Random): string {
  const name =
    random.pick(SURNAME_PARTS.start) +
    random.pick(SURNAME_PARTS.middle) +
    random.pick(SURNAME_PARTS.end);
  return random.chance(0.05)
    ? `${name}-${random.pick(SURNAME_PARTS.start)}${random.pick(SURNAME_PARTS.end)}`
    : name;
}

/**
 * `count` people whose names are distinct by any rule a reader would accept: no two share
 * a surname and a first name (folded), so every variant points to exactly one person.
 */
export function generatePeople(count: number, random: Random): SynthPerson[] {
  const taken = new Set<string>();
  const people: SynthPerson[] = [];
  const givenPool = [...FIRST_NAMES, ...Object.keys(ROMANISED)];
  while (people.length < count) {
    const given = random.pick(givenPool);
    const last = surname(random);
    // The same key people resolution blocks on: two people never share it.
    const key = blockingKey(parseName(`${given} ${last}`));
    if (taken.has(key)) continue;
    taken.add(key);
    const middleInitial = random.chance(0.25)
      ? `${String.fromCharCode(65 + random.int(0, 25))}.`
      : undefined;
    const canonical = [given, middleInitial, last].filter(Boolean).join(' ');
    const dblp = random.chance(0.08) ? String(random.int(1, 12)).padStart(4, '0') : undefined;
    // Each person keeps one spelling per kind of page, as real pages do.
    const variant = random.next();
    let profileSpelling = canonical;
    if (variant < 0.15) profileSpelling = stripDiacritics(canonical);
    else if (variant < 0.3 && middleInitial) profileSpelling = `${given} ${last}`;
    else if (variant < 0.4 && ROMANISED[given])
      profileSpelling = `${ROMANISED[given]} ${middleInitial ? `${middleInitial} ` : ''}${last}`;
    const clusterSpelling = dblp ? `${canonical} ${dblp}` : canonical;
    people.push({
      id: `person-${people.length}`,
      given,
      ...(middleInitial ? { middleInitial } : {}),
      surname: last,
      ...(dblp ? { dblp } : {}),
      profileSpelling,
      clusterSpelling,
      canonical,
    });
  }
  return people;
}
