import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SEED_FILES, seedInputs } from '../../../tests/support/seeds';
import { runPipeline } from '../pipeline';
import { readInputs } from '../read/readInputs';
import { RosterFileError, parseRoster, splitDelimited } from './parseRoster';

describe('reading a roster', () => {
  it('reads CSV with quoted names, turns "Family, Given" around, and knows open ends', () => {
    const roster = parseRoster(
      'r.csv',
      'Name,Role,Start,End\n"Koloskova, Anastasiia",PhD student,2017,2023\nMartin Jaggi,PI,2016,\nThijs Vogels,PhD,2018,present\n',
    );
    expect(roster.rows).toEqual([
      { name: 'Anastasiia Koloskova', role: 'PhD student', from: 2017, to: 2023, line: 2 },
      { name: 'Martin Jaggi', role: 'PI', from: 2016, line: 3 },
      { name: 'Thijs Vogels', role: 'PhD', from: 2018, line: 4 },
    ]);
    expect(roster.issues).toEqual([]);
  });

  it('reads TSV and JSON too', () => {
    expect(parseRoster('r.tsv', 'name\trole\nAda Lovelace\tPI\n').rows).toEqual([
      { name: 'Ada Lovelace', role: 'PI', line: 2 },
    ]);
    expect(
      parseRoster('r.json', '[{"name": "Ada Lovelace", "role": "PI", "from": 1840}]').rows,
    ).toEqual([{ name: 'Ada Lovelace', role: 'PI', from: 1840, line: 1 }]);
  });

  it('warns, with the line, about what it cannot use, and fails on a file it cannot read', () => {
    const roster = parseRoster(
      'r.csv',
      'name,role,start\nAda,PI,once upon\n,PI,2020\nAda,PI,2021\n',
    );
    expect(roster.issues.map((i) => [i.line, i.message])).toEqual([
      [2, '"once upon" is not a year (from of Ada): ignored'],
      [3, 'roster row without a name: ignored'],
      [4, 'Ada is already on line 2: ignored'],
    ]);
    expect(() => parseRoster('r.csv', 'person_id,team\n1,a\n')).toThrow(RosterFileError);
    expect(() => parseRoster('r.csv', 'person_id,team\n1,a\n')).toThrow(
      /^r\.csv:1: no "name" column/,
    );
  });

  it('splits RFC 4180 rows: quotes, doubled quotes, newlines inside quotes, CRLF', () => {
    expect(splitDelimited('a,"b, ""c""\nd"\r\ne,f\r\n', ',')).toEqual([
      { cells: ['a', 'b, "c"\nd'], line: 1 },
      { cells: ['e', 'f'], line: 3 },
    ]);
  });
});

describe('the roster in the build', () => {
  const inputs = {
    ...seedInputs(),
    rosterFiles: readInputs(['seeds'], REPO_ROOT, undefined, 'tests/fixtures/roster/lab.csv')
      .rosterFiles,
  };
  const { graph, report } = runPipeline(inputs);
  const author = (id: string) => graph.authors.find((a) => a.id === id)!;

  it('matches roster names through aliases, diacritics, transliteration and middle initials', () => {
    expect(author('martin-jaggi').roster).toEqual({ role: 'PI', from: 2016, status: 'member' });
    expect(author('anastasia-koloskova').roster).toEqual({
      role: 'PhD student',
      from: 2017,
      to: 2023,
      status: 'alumnus',
    });
    expect(author('sebastian-u-stich').roster).toMatchObject({
      role: 'Postdoc',
      status: 'alumnus',
    });
    expect(author('martin-takac').roster).toMatchObject({
      role: 'Visiting researcher',
      status: 'alumnus',
    });
    expect(author('celestine-mendler-dunner').roster).toMatchObject({
      role: 'PhD student',
      to: 2019,
    });
    expect(author('thijs-vogels').roster).toEqual({
      role: 'PhD student',
      from: 2018,
      status: 'member',
    });
    expect(graph.authors.filter((a) => a.roster)).toHaveLength(8);
  });

  it('says who signs no paper and which years are not years', () => {
    expect(graph.roster).toEqual({
      file: 'tests/fixtures/roster/lab.csv',
      matched: 8,
      unmatched: ['Ghost Person'],
    });
    const messages = report.issues
      .filter((i) => i.file === 'tests/fixtures/roster/lab.csv')
      .map((i) => `${i.line}: ${i.message}`);
    expect(messages).toEqual([
      '9: Ghost Person signs no paper of the graph',
      '10: "sometime" is not a year (from of Matteo Pagliardini): ignored',
    ]);
  });

  it('is found as roster.csv in an input folder, and --roster replaces it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-roster-'));
    copyFileSync(path.join(REPO_ROOT, SEED_FILES.profileA), path.join(dir, 'listing.txt'));
    copyFileSync(
      path.join(REPO_ROOT, 'tests/fixtures/roster/lab.csv'),
      path.join(dir, 'roster.csv'),
    );
    expect(readInputs([dir], dir).rosterFiles.map((f) => f.file)).toEqual(['roster.csv']);
    const replaced = readInputs(
      [dir],
      dir,
      undefined,
      path.join(REPO_ROOT, 'tests/fixtures/roster/lab.csv'),
    );
    expect(replaced.rosterFiles).toHaveLength(1);
    expect(replaced.skipped).toContainEqual({
      file: 'roster.csv',
      reason: 'roster replaced by --roster',
    });
  });
});
