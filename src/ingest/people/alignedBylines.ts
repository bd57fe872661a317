/**
 * Rule 4: when listings of one paper print its byline, names in the same place are one person.
 *
 * A spelling that lines up with two people who cannot be one (`J. Smith` beside `John Smith`
 * on one paper and beside `Jane Smith` on another) is not merged into either: each of its
 * aligned printings goes to the person it lines up with, and the rest stay as they are.
 */
import type { SourceRef } from '../../model/types';
import { alignBylines } from './bylineAlignment';
import type { PersonClusters } from './personClusters';
import type { NameOccurrence } from './variants';

interface Alignment {
  a: number;
  b: number;
}

/** Mentions that belong to another mention's person: mention → that mention. */
export type MentionOverrides = Map<number, number>;

export function joinAlignedBylines(
  clusters: PersonClusters,
  occurrences: readonly NameOccurrence[],
  variantOf: Int32Array,
): MentionOverrides {
  const alignments = alignPapers(clusters, occurrences, variantOf);
  const ambiguous = ambiguousVariants(clusters, alignments, variantOf);
  const overrides: MentionOverrides = new Map();
  for (const { a, b } of alignments) {
    const va = variantOf[a]!;
    const vb = variantOf[b]!;
    if (clusters.find(va) === clusters.find(vb)) continue;
    if (!ambiguous.has(va) && !ambiguous.has(vb)) {
      const [into, joined] =
        clusters.variants[va]!.mentions.length >= clusters.variants[vb]!.mentions.length
          ? [va, vb]
          : [vb, va];
      clusters.join(into, joined, 'aligned-byline', [evidence(occurrences[a]!, occurrences[b]!)]);
    } else if (ambiguous.has(va) !== ambiguous.has(vb)) {
      // Only the printing that lines up moves; the spelling elsewhere stays undecided.
      const [moved, target] = ambiguous.has(va) ? [a, b] : [b, a];
      if (!overrides.has(moved)) overrides.set(moved, target);
    }
  }
  return overrides;
}

/** Aligned mention pairs of every paper listed more than once, in paper and byline order. */
function alignPapers(
  clusters: PersonClusters,
  occurrences: readonly NameOccurrence[],
  variantOf: Int32Array,
): Alignment[] {
  const bylines = new Map<number, Map<number, number[]>>();
  occurrences.forEach((o, mention) => {
    if (variantOf[mention]! < 0) return;
    let ofPaper = bylines.get(o.paper);
    if (!ofPaper) bylines.set(o.paper, (ofPaper = new Map()));
    const list = ofPaper.get(o.byline);
    if (list) list.push(mention);
    else ofPaper.set(o.byline, [mention]);
  });
  const out: Alignment[] = [];
  const papers = [...bylines.keys()].sort((x, y) => x - y);
  for (const paper of papers) {
    const lists = [...bylines.get(paper)!.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([, mentions]) =>
        mentions.sort((x, y) => occurrences[x]!.position - occurrences[y]!.position),
      );
    if (lists.length < 2) continue;
    for (let x = 0; x < lists.length; x++) {
      for (let y = x + 1; y < lists.length; y++) {
        const a = lists[x]!;
        const b = lists[y]!;
        const names = (list: number[]) => list.map((m) => clusters.variants[variantOf[m]!]!.name);
        for (const [i, j] of alignBylines(names(a), names(b))) out.push({ a: a[i]!, b: b[j]! });
      }
    }
  }
  return out;
}

/**
 * Variants aligned with people who contradict each other: neither can be the one they are.
 */
function ambiguousVariants(
  clusters: PersonClusters,
  alignments: readonly Alignment[],
  variantOf: Int32Array,
): Set<number> {
  const partners = new Map<number, Set<number>>();
  const add = (v: number, other: number): void => {
    const root = clusters.find(other);
    const set = partners.get(v);
    if (set) set.add(root);
    else partners.set(v, new Set([root]));
  };
  for (const { a, b } of alignments) {
    const va = variantOf[a]!;
    const vb = variantOf[b]!;
    if (clusters.find(va) === clusters.find(vb)) continue;
    add(va, vb);
    add(vb, va);
  }
  // A spelling several known people share is decided printing by printing, never as a whole.
  const out = new Set<number>([...partners.keys()].filter((v) => clusters.isUndecided(v)));
  for (const [variant, roots] of partners) {
    const list = [...roots];
    const clash = list.some((x, i) => list.slice(i + 1).some((y) => clusters.blocked(x, y)));
    if (clash) out.add(variant);
  }
  return out;
}

function where(ref: SourceRef | undefined): string {
  return ref ? `${ref.file}:${ref.line}` : 'a listing';
}

function evidence(a: NameOccurrence, b: NameOccurrence): string {
  return `"${a.spelling}" and "${b.spelling}" in the same place of one paper's byline (${where(a.ref)}, ${where(b.ref)})`;
}
