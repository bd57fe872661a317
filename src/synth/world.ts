/**
 * A synthetic research world: groups as dense clusters with bridges between them, skewed
 * productivity, 2 to 30 authors per paper. Listings are written from it in `listings.ts`.
 */
import type { Random } from '../util/random';
import { generatePeople, type SynthPerson } from './people';
import { Vocabulary, makeAbstract, makeTitle, makeTopic, type Topic } from './text';
import { titleKey } from '../ingest/papers/text';

export interface SynthGroup {
  index: number;
  leader: SynthPerson;
  /** Members in productivity order: the first write most. */
  members: SynthPerson[];
  topic: Topic;
  institution: string;
}

export interface SynthPaper {
  id: string;
  group: number;
  /** Every author, byline order. */
  authors: SynthPerson[];
  title: string;
  abstract: string;
  year: number;
  month: number;
  day: number;
  venue: string;
  venueType: 'conference' | 'journal';
  /** The preprint carried another title (`Acronym: title`). */
  retitled: boolean;
}

export interface SynthWorld {
  groups: SynthGroup[];
  papers: SynthPaper[];
  vocabulary: Vocabulary;
  /** The year pages print without a year ("this year"). */
  pageYear: number;
}

const VENUES: [string, 'conference' | 'journal'][] = [
  ['ICML', 'conference'],
  ['NeurIPS', 'conference'],
  ['ICLR', 'conference'],
  ['AAAI', 'conference'],
  ['COLT', 'conference'],
  ['AISTATS', 'conference'],
  ['JMLR', 'journal'],
  ['TMLR', 'journal'],
  ['SIAM J. Optim.', 'journal'],
];
const INSTITUTIONS = [
  'EPFL',
  'ETH Zurich',
  'Inria',
  'MPI-IS',
  'KTH',
  'TU Munich',
  'UCL',
  'Mila',
  'CMU',
  'Tsinghua',
];
export const PAGE_YEAR = 2026;
const PAPERS_PER_GROUP = 150;

/** 2 to 30 authors: mostly a handful, a long tail of big collaborations. */
function authorCount(random: Random): number {
  const r = random.next();
  if (r < 0.7) return random.int(2, 5);
  if (r < 0.93) return random.int(6, 10);
  return random.int(11, 30);
}

export function generateWorld(paperCount: number, random: Random): SynthWorld {
  const vocabulary = new Vocabulary(Math.max(4000, Math.round(paperCount / 2)), random);
  const groupCount = Math.max(2, Math.round(paperCount / PAPERS_PER_GROUP));
  const membersPerGroup = 30;
  // Outside collaborators: a large pool, each on a paper or two (most authors of a field are).
  const externalCount = Math.round(paperCount * 0.5);
  const people = generatePeople(groupCount * (membersPerGroup + 1) + externalCount, random);
  const external = people.slice(groupCount * (membersPerGroup + 1));
  const groups: SynthGroup[] = Array.from({ length: groupCount }, (_, index) => {
    const slice = people.slice(index * (membersPerGroup + 1), (index + 1) * (membersPerGroup + 1));
    return {
      index,
      leader: slice[0]!,
      members: slice.slice(1),
      topic: makeTopic(vocabulary, random),
      institution: INSTITUTIONS[Math.floor(index / 5) % INSTITUTIONS.length]!,
    };
  });

  const titles = new Set<string>();
  const papers: SynthPaper[] = [];
  for (let i = 0; i < paperCount; i++) {
    // Productive groups write more: group picked with skew.
    const group = groups[random.zipf(groupCount, 0.6)]!;
    const authors = new Set<SynthPerson>([group.leader]);
    const wanted = authorCount(random);
    while (authors.size < wanted) {
      if (random.chance(0.2)) {
        authors.add(external[random.int(0, external.length - 1)]!);
      } else if (random.chance(0.15)) {
        // A bridge: someone from another group, sometimes its leader.
        const other = groups[random.int(0, groupCount - 1)]!;
        authors.add(
          random.chance(0.3) ? other.leader : other.members[random.zipf(other.members.length)]!,
        );
      } else {
        authors.add(group.members[random.zipf(group.members.length)]!);
      }
      if (authors.size >= group.members.length) break;
    }
    // Leaders usually sign last.
    const byline = random.shuffle([...authors].filter((a) => a !== group.leader));
    byline.splice(
      random.chance(0.7) ? byline.length : random.int(0, byline.length),
      0,
      group.leader,
    );

    let title = makeTitle(group.topic, vocabulary, random);
    while (titles.has(titleKey(title))) title = makeTitle(group.topic, vocabulary, random);
    titles.add(titleKey(title));
    const [venue, venueType] = random.pick(VENUES);
    papers.push({
      id: `paper-${i}`,
      group: group.index,
      authors: byline,
      title,
      abstract: makeAbstract(group.topic, vocabulary, random),
      year: random.chance(0.04) ? PAGE_YEAR : random.int(2005, PAGE_YEAR - 1),
      month: random.int(1, 12),
      day: random.int(1, 28),
      venue,
      venueType,
      retitled: random.chance(0.08),
    });
  }
  return { groups, papers, vocabulary, pageYear: PAGE_YEAR };
}
