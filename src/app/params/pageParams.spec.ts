import { describe, expect, it } from 'vitest';
import { readPageParams } from './pageParams';

describe('readPageParams', () => {
  it('gives the full page by default, with history and panels', () => {
    expect(readPageParams('')).toEqual({
      embed: false,
      panels: true,
      history: true,
      trustedOrigins: [],
      warnings: [],
    });
  });

  it('reads the embed options', () => {
    expect(
      readPageParams('?embed=1&panels=0&trust=https%3A%2F%2Flab.example&author=x&hideOwner=1'),
    ).toEqual({
      embed: true,
      panels: false,
      history: false,
      trustedOrigins: ['https://lab.example'],
      warnings: [],
    });
    expect(readPageParams('?embed=1&history=1').history).toBe(true);
  });

  it('warns about unknown and malformed parameters, and ignores them', () => {
    const params = readPageParams(
      '?embed=maybe&minJoint=abc&from=20x0&theme=purple&resolution=9&view=grid&shade=red&colour=red&ego=3&with=b&trust=*',
    );
    expect(params.embed).toBe(false);
    expect(params.warnings).toEqual([
      expect.stringMatching(/embed/),
      expect.stringMatching(/minJoint/),
      expect.stringMatching(/from/),
      expect.stringMatching(/theme/),
      expect.stringMatching(/resolution/),
      expect.stringMatching(/view/),
      'Unknown parameter “shade” ignored',
      'Parameter colour: “red” is not community or roster; ignored',
      'Parameter ego: “3” is not 0, 1 or 2 steps; ignored',
      expect.stringMatching(/with needs author/),
      expect.stringMatching(/ego needs author/),
      expect.stringMatching(/trust/),
    ]);
  });

  it('warns about hostile values: scripts, overflowing and negative numbers', () => {
    const { warnings } = readPageParams(
      '?' +
        new URLSearchParams([
          ['from', 'abc'],
          ['resolution', '1e999'],
          ['minJoint', '-3'],
          ['theme', 'javascript:alert(1)'],
          ['data', 'javascript:alert(1)'],
          ['view', '<script>alert(1)</script>'],
          ['embed', '{@html x}'],
          ['<img src=x onerror=alert(1)>', '1'],
        ]).toString(),
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^Parameter from: “abc” is not a year/),
      expect.stringMatching(/^Parameter resolution: “1e999” is not a number/),
      expect.stringMatching(/^Parameter minJoint: “-3” is not a whole number/),
      expect.stringMatching(/^Parameter theme: .* is not light, dark or system/),
      expect.stringMatching(/^Parameter data: “javascript:alert\(1\)” is not an http\(s\) address/),
      expect.stringMatching(/^Parameter view: /),
      expect.stringMatching(/^Parameter embed: /),
      'Unknown parameter “<img src=x onerror=alert(1)>” ignored',
    ]);
  });

  it('accepts any author text as a reference (it is looked up, never rendered as markup)', () => {
    expect(readPageParams('?author=%3Cscript%3Ealert(1)%3C%2Fscript%3E').warnings).toEqual([]);
    expect(readPageParams(`?author=${'x'.repeat(201)}`).warnings).toEqual([
      expect.stringMatching(/longer than 200/),
    ]);
  });
});
