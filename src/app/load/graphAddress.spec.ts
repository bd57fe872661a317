import { describe, expect, it } from 'vitest';
import { graphAddressProblem } from './graphAddress';

const PAGE = 'https://lab.example/network/';

describe('graphAddressProblem', () => {
  it('accepts relative and same-site http(s) addresses', () => {
    for (const address of [
      'graph.json',
      '../other/graph.json',
      '/graph.json',
      'https://lab.example/data/graph.json?v=2',
    ]) {
      expect(graphAddressProblem(address, PAGE, []), address).toBeNull();
    }
  });

  it('refuses other sites unless the build allowed them, saying how to allow one', () => {
    for (const address of [
      '//cdn.example/graph.json',
      'https://cdn.example/graph.json?v=2',
      'http://lab.example/graph.json', // another scheme is another origin
      'https://lab.example:8443/graph.json',
    ]) {
      expect(graphAddressProblem(address, PAGE, []), address).toMatch(
        /only loads graph files from its own site; .* is not allowed\. To allow it, build the map with ATLAS_ALLOWED_ORIGINS=/,
      );
    }
    expect(graphAddressProblem('https://cdn.example/graph.json', PAGE, [])).toContain(
      'ATLAS_ALLOWED_ORIGINS=https://cdn.example ',
    );
    const allowed = ['https://cdn.example', 'http://localhost:*'];
    for (const address of ['//cdn.example/graph.json', 'http://localhost:8080/graph.json']) {
      expect(graphAddressProblem(address, PAGE, allowed), address).toBeNull();
    }
    expect(graphAddressProblem('https://localhost:8080/g.json', PAGE, allowed)).not.toBeNull();
  });

  it('refuses scripts, inline data and local files, however spelled', () => {
    for (const address of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:application/json,{}',
      'blob:https://lab.example/uuid',
      'file:///etc/passwd',
      'vbscript:msgbox',
      '   ',
    ]) {
      expect(graphAddressProblem(address, PAGE), address).not.toBeNull();
    }
  });

  it('refuses a relative address on a page opened from disk', () => {
    expect(graphAddressProblem('graph.json', 'file:///home/me/atlas.html')).toMatch(/http/);
  });
});
