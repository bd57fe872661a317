/**
 * A review decision written into the alias file (README, "The alias file"): existing entries,
 * their order and any field this code does not know are kept; the file is written in the
 * documented layout (one canonical name or pair a line).
 */

export type ReviewDecision =
  | { kind: 'same-person'; names: [string, string] }
  | { kind: 'different-people'; names: [string, string] }
  | { kind: 'split'; name: string; spelling: string }
  | { kind: 'same-paper'; entries: [string, string] }
  | { kind: 'distinct-papers'; entries: [string, string] };

interface AliasData {
  version: number;
  people: Record<string, string[]>;
  distinct: [string, string][];
  papers?: { distinct: [string, string][]; same: [string, string][] };
  [other: string]: unknown;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+\d{4}$/, '')
    .trim();
const samePair = (p: readonly string[], a: string, b: string) =>
  (fold(p[0]!) === fold(a) && fold(p[1]!) === fold(b)) ||
  (fold(p[0]!) === fold(b) && fold(p[1]!) === fold(a));

function read(text: string | undefined): AliasData {
  const raw: unknown = text?.trim() ? JSON.parse(text.replace(/^\uFEFF/, '')) : {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error('the alias file is not a JSON object');
  const data = raw as Record<string, unknown>;
  return {
    ...data,
    version: 1,
    people: (data['people'] as Record<string, string[]> | undefined) ?? {},
    distinct: (data['distinct'] as [string, string][] | undefined) ?? [],
    ...(data['papers'] ? { papers: data['papers'] as AliasData['papers'] } : {}),
  };
}

/** The canonical name whose group holds `name` (as canonical or variant), if any. */
function groupOf(people: Record<string, string[]>, name: string): string | undefined {
  return Object.keys(people).find(
    (c) => fold(c) === fold(name) || people[c]!.some((v) => fold(v) === fold(name)),
  );
}

function joinPeople(data: AliasData, [a, b]: [string, string]): void {
  data.distinct = data.distinct.filter((p) => !samePair(p, a, b));
  const ga = groupOf(data.people, a);
  const gb = groupOf(data.people, b);
  if (ga && gb && ga === gb) return;
  if (ga && gb) {
    data.people[ga] = [...data.people[ga]!, gb, ...data.people[gb]!];
    data.people = withoutKey(data.people, gb);
  } else if (ga) data.people[ga] = [...data.people[ga]!, b];
  else if (gb) data.people[gb] = [...data.people[gb]!, a];
  else data.people[a] = [b];
}

const withoutKey = (record: Record<string, string[]>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

function keepApart(data: AliasData, [a, b]: [string, string]): void {
  for (const [canonical, variants] of Object.entries(data.people)) {
    const named = [canonical, ...variants].map(fold);
    if (named.includes(fold(a)) && named.includes(fold(b))) {
      // The one that is not the canonical name leaves the group.
      const leaving = fold(canonical) === fold(a) ? b : a;
      data.people[canonical] = variants.filter((v) => fold(v) !== fold(leaving));
      if (data.people[canonical]!.length === 0) data.people = withoutKey(data.people, canonical);
    }
  }
  if (!data.distinct.some((p) => samePair(p, a, b))) data.distinct.push([a, b]);
}

function paperPair(data: AliasData, list: 'same' | 'distinct', [a, b]: [string, string]): void {
  const papers = (data.papers ??= { distinct: [], same: [] });
  papers.distinct ??= [];
  papers.same ??= [];
  const other = list === 'same' ? 'distinct' : 'same';
  const same = (p: readonly string[]) => (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);
  papers[other] = papers[other].filter((p) => !same(p));
  if (!papers[list].some(same)) papers[list].push([a, b]);
}

export function applyDecision(text: string | undefined, decision: ReviewDecision): string {
  const data = read(text);
  switch (decision.kind) {
    case 'same-person':
      joinPeople(data, decision.names);
      break;
    case 'different-people':
      keepApart(data, decision.names);
      break;
    case 'split':
      keepApart(data, [decision.name, decision.spelling]);
      break;
    case 'same-paper':
      paperPair(data, 'same', decision.entries);
      break;
    case 'distinct-papers':
      paperPair(data, 'distinct', decision.entries);
      break;
  }
  return formatAliasFile(data);
}

const inline = (value: unknown) => JSON.stringify(value).replaceAll('","', '", "');

/** The documented layout: a canonical name or a pair per line. */
export function formatAliasFile(data: AliasData): string {
  const { version, people, distinct, papers, ...rest } = data;
  const lines = (items: string[], indent: string) =>
    items.length === 0 ? '' : `\n${items.map((i) => indent + i).join(',\n')}\n${indent.slice(2)}`;
  const peopleLines = Object.entries(people).map(([c, v]) => `${JSON.stringify(c)}: ${inline(v)}`);
  const parts = [
    `  "version": ${JSON.stringify(version)}`,
    `  "people": {${lines(peopleLines, '    ')}}`,
    `  "distinct": [${lines(distinct.map(inline), '    ')}]`,
  ];
  if (papers)
    parts.push(
      `  "papers": {\n    "distinct": [${lines(papers.distinct.map(inline), '      ')}],\n    "same": [${lines(papers.same.map(inline), '      ')}]\n  }`,
    );
  for (const [key, value] of Object.entries(rest))
    parts.push(
      `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}`,
    );
  return `{\n${parts.join(',\n')}\n}\n`;
}
