/**
 * A hyperauthored paper as a listing: one BibTeX entry signed by `size` people (a physics
 * consortium), plus a small paper two of them also wrote, for tests of `--max-linked-authors`.
 */
export function consortiumMember(i: number): { family: string; given: string } {
  const letters = (n: number) =>
    String.fromCharCode(65 + (n % 26)) +
    String.fromCharCode(97 + (Math.floor(n / 26) % 26)) +
    String.fromCharCode(97 + (Math.floor(n / 676) % 26));
  return { family: `Detector${letters(i)}`, given: `Member ${letters(i * 7 + 3)}` };
}

export function consortiumBibtex(size = 3000): string {
  const names = Array.from({ length: size }, (_, i) => {
    const { family, given } = consortiumMember(i);
    return `${family}, ${given}`;
  });
  return [
    '@article{consortium2012,',
    '  title = {Observation of a new boson at a mass of 125 GeV},',
    `  author = {${names.join(' and ')}},`,
    '  journal = {Physics Letters B},',
    '  year = 2012',
    '}',
    '@article{followup2013,',
    '  title = {Calibrating the forward calorimeter with cosmic muons},',
    `  author = {${names[0]} and ${names[1]} and Roe, Richard},`,
    '  journal = {JINST},',
    '  year = 2013',
    '}',
    '',
  ].join('\n');
}
