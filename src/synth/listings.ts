/**
 * Writes a synthetic world as listing files in the three formats, and records the truth:
 * which entries are which paper, which spellings are which person.
 */
import type { SourceRef } from '../model/types';
import { compareText } from '../text/compare';
import type { Random } from '../util/random';
import type { SynthPerson } from './people';
import { PAGE_DEBRIS, makeAbstract, preprintTitle, reviseAbstract, titleVariant } from './text';
import type { SynthPaper, SynthWorld } from './world';

export interface SynthFile {
  name: string;
  text: string;
}

export interface SynthTruth {
  papers: { id: string; sources: SourceRef[]; authors: string[] }[];
  people: { id: string; spellings: string[] }[];
  /** Abstracts that belong to no listed paper; versions of one text grouped. */
  unmatched: { sources: SourceRef[] }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CATEGORIES = ['LG', 'CL', 'OC', 'CV', 'AI', 'DC', 'NE', 'ST'];
const AFFILIATIONS = ['eth-zurich', 'epfl', 'google', 'allen-ai', 'huggingface', 'meta'];
const BULLET_CAP = 8;

/** Accumulates a file's lines and knows the line number of the next one. */
class FileWriter {
  private readonly lines: string[] = [];

  constructor(readonly name: string) {}

  get nextLine(): number {
    return this.lines.length + 1;
  }

  push(...lines: string[]): void {
    this.lines.push(...lines);
  }

  toFile(): SynthFile {
    return { name: this.name, text: `${this.lines.join('\n')}\n` };
  }
}

class TruthRecorder {
  readonly sources = new Map<string, SourceRef[]>();
  readonly printed = new Map<string, Set<SynthPerson>>();
  readonly spellings = new Map<SynthPerson, Set<string>>();

  source(paperId: string, ref: SourceRef): void {
    (this.sources.get(paperId) ?? this.sources.set(paperId, []).get(paperId)!).push(ref);
  }

  /** One listing entry: the names it prints, and its owner (an author even when not printed). */
  entry(
    paper: SynthPaper,
    ref: SourceRef,
    owner: SynthPerson,
    shown: readonly SynthPerson[],
    spelling: (p: SynthPerson) => string,
  ): void {
    this.source(paper.id, ref);
    this.people(paper, [owner], () => owner.canonical);
    this.people(paper, shown, spelling);
  }

  private people(
    paper: SynthPaper,
    shown: readonly SynthPerson[],
    spelling: (p: SynthPerson) => string,
  ): void {
    const printed =
      this.printed.get(paper.id) ?? this.printed.set(paper.id, new Set()).get(paper.id)!;
    for (const person of shown) {
      printed.add(person);
      (this.spellings.get(person) ?? this.spellings.set(person, new Set()).get(person)!).add(
        spelling(person),
      );
    }
  }
}

function profileDate(paper: SynthPaper, pageYear: number): string {
  const date = `${MONTHS[paper.month - 1]} ${paper.day}`;
  return paper.year === pageYear ? date : `${date}, ${paper.year}`;
}

function writeProfile(
  owner: SynthPerson,
  papers: SynthPaper[],
  claimed: number,
  world: SynthWorld,
  random: Random,
  truth: TruthRecorder,
): SynthFile {
  const file = new FileWriter(`profile-${owner.id}.txt`);
  file.push(
    owner.canonical,
    '',
    random.pick(CATEGORIES),
    `h-index${random.int(5, 80)}`,
    `${claimed}papers`,
    `${random.int(100, 50000).toLocaleString('en-US')}citations`,
    `Novelty${random.int(20, 80)}%`,
    `AI Score${random.int(20, 90)}`,
    '',
    `${claimed} Papers`,
    '',
  );
  for (const paper of papers) {
    const ref = { file: file.name, line: file.nextLine };
    const score = random.chance(0.7) ? `${(random.int(5, 600) / 10).toFixed(1)}` : '';
    const shown = paper.authors.slice(0, 3);
    const names = shown.map((p) => (p === owner ? owner.canonical : p.profileSpelling)).join(', ');
    const byline = `${names}${paper.authors.length > 3 ? ' et al.' : ''}${random.chance(0.2) ? ` · ${random.pick(AFFILIATIONS)}` : ''}`;
    file.push(
      `${score}${random.pick(CATEGORIES)}${profileDate(paper, world.pageYear)}${random.chance(0.4) ? 'Code' : ''}`,
      paper.retitled ? preprintTitle(paper.title, random) : titleVariant(paper.title, random),
      '',
      byline,
      '',
      paper.abstract,
      '',
    );
    truth.entry(paper, ref, owner, shown, (p) =>
      p === owner ? owner.canonical : p.profileSpelling,
    );
  }
  return file.toFile();
}

function writeCluster(
  owner: SynthPerson,
  papers: SynthPaper[],
  random: Random,
  truth: TruthRecorder,
): SynthFile {
  const file = new FileWriter(`cluster-${owner.id}.txt`);
  file.push(
    'Arrow Research search',
    '',
    'Author name cluster',
    '',
    owner.canonical,
    '',
    'Possible papers associated with this exact author name in Arrow.',
    '',
    `${papers.length} papers`,
    '1 author rows',
    '',
    'Possible papers',
    '',
    String(papers.length),
    '',
  );
  for (const paper of papers) {
    const ref = { file: file.name, line: file.nextLine };
    const kind =
      paper.venueType === 'conference'
        ? ['Conference', 'Conference Paper']
        : ['Journal', 'Journal Article'];
    const shown = paper.authors.slice(0, BULLET_CAP);
    file.push(
      `${paper.venue} ${kind[0]} ${paper.year} ${kind[1]}`,
      '',
      titleVariant(paper.title, random),
      '',
      ...shown.map((p) => `  • ${p.clusterSpelling}`),
      '',
      paper.abstract + (random.chance(0.1) ? PAGE_DEBRIS : ''),
      '',
    );
    truth.entry(paper, ref, owner, shown, (p) => p.clusterSpelling);
  }
  return file.toFile();
}

/**
 * Listings for every group leader (a profile page and an author cluster, each showing part
 * of their papers) and two abstract exports per institution (overlapping, some abstracts
 * revised, some belonging to no listed paper).
 */
export function writeListings(
  world: SynthWorld,
  random: Random,
): { files: SynthFile[]; truth: SynthTruth } {
  const truth = new TruthRecorder();
  const files: SynthFile[] = [];
  const leaders = world.groups.map((g) => g.leader);
  const papersOf = new Map<SynthPerson, SynthPaper[]>(leaders.map((l) => [l, []]));
  for (const paper of world.papers)
    for (const author of paper.authors) papersOf.get(author)?.push(paper);

  const inProfile = new Map<SynthPerson, SynthPaper[]>();
  const inCluster = new Map<SynthPerson, SynthPaper[]>();
  const listed = new Set<SynthPaper>();
  for (const leader of leaders) {
    const own = papersOf.get(leader) ?? [];
    inProfile.set(
      leader,
      own.filter(() => random.chance(0.6)),
    );
    inCluster.set(
      leader,
      own.filter(() => random.chance(0.7)),
    );
    for (const p of [...inProfile.get(leader)!, ...inCluster.get(leader)!]) listed.add(p);
  }
  // Every paper is listed somewhere: by its own group's leader at least.
  for (const paper of world.papers) {
    if (!listed.has(paper)) inProfile.get(world.groups[paper.group]!.leader)!.push(paper);
  }
  const newestFirst = (a: SynthPaper, b: SynthPaper): number =>
    b.year - a.year || b.month - a.month || b.day - a.day || compareText(a.id, b.id);
  for (const leader of leaders) {
    files.push(
      writeProfile(
        leader,
        inProfile.get(leader)!.sort(newestFirst),
        papersOf.get(leader)!.length,
        world,
        random,
        truth,
      ),
    );
    files.push(writeCluster(leader, inCluster.get(leader)!.sort(newestFirst), random, truth));
  }

  const unmatched: { sources: SourceRef[] }[] = [];
  const institutions = [...new Set(world.groups.map((g) => g.institution))];
  for (const institution of institutions) {
    const slug = institution.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const exports = [
      new FileWriter(`abstracts-${slug}-a.txt`),
      new FileWriter(`abstracts-${slug}-b.txt`),
    ];
    for (const writer of exports) writer.push(institution);
    const groups = world.groups.filter((g) => g.institution === institution);
    const add = (text: (version: number) => string, onSource: (ref: SourceRef) => void): void => {
      const where = random.next();
      const targets = where < 0.4 ? [0] : where < 0.7 ? [1] : [0, 1];
      for (const t of targets) {
        const writer = exports[t]!;
        onSource({ file: writer.name, line: writer.nextLine });
        writer.push(`Abstract:${text(t)}`);
      }
    };
    for (const paper of world.papers) {
      if (!groups.some((g) => g.index === paper.group) || !random.chance(0.1)) continue;
      const revised = random.chance(0.4)
        ? reviseAbstract(paper.abstract, world.groups[paper.group]!.topic, random)
        : paper.abstract;
      add(
        () => revised,
        (ref) => truth.source(paper.id, ref),
      );
    }
    // Abstracts of work listed nowhere else (a record each, versions grouped).
    const orphanCount = Math.max(1, Math.round(world.papers.length / institutions.length / 50));
    for (let i = 0; i < orphanCount; i++) {
      const topic = random.pick(groups).topic;
      const original = makeAbstract(topic, world.vocabulary, random);
      const later = random.chance(0.5) ? reviseAbstract(original, topic, random) : original;
      const record: SourceRef[] = [];
      add(
        (version) => (version === 0 ? original : later),
        (ref) => record.push(ref),
      );
      unmatched.push({ sources: record });
    }
    files.push(...exports.map((w) => w.toFile()));
  }

  return {
    files,
    truth: {
      papers: world.papers.map((paper) => ({
        id: paper.id,
        sources: truth.sources.get(paper.id) ?? [],
        authors: [...(truth.printed.get(paper.id) ?? [])].map((p) => p.id),
      })),
      people: [...truth.spellings.entries()].map(([person, spellings]) => ({
        id: person.id,
        spellings: [...spellings].sort(),
      })),
      unmatched,
    },
  };
}
