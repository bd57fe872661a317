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
      '?embed=maybe&minJoint=abc&from=20x0&theme=purple&resolution=9&view=grid&colour=red&with=b&trust=*',
    );
    expect(params.embed).toBe(false);
    expect(params.warnings).toEqual([
      expect.stringMatching(/embed/),
      expect.stringMatching(/minJoint/),
      expect.stringMatching(/from/),
      expect.stringMatching(/theme/),
      expect.stringMatching(/resolution/),
      expect.stringMatching(/view/),
      'Unknown parameter “colour” ignored',
      expect.stringMatching(/with needs author/),
      expect.stringMatching(/trust/),
    ]);
  });
});
