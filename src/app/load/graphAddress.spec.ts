import { describe, expect, it } from 'vitest';
import { graphAddressProblem } from './graphAddress';

const PAGE = 'https://lab.example/network/';

describe('graphAddressProblem', () => {
  it('accepts relative, same-site and cross-site http(s) addresses', () => {
    for (const address of [
      'graph.json',
      '../other/graph.json',
      '/graph.json',
      '//cdn.example/graph.json',
      'https://cdn.example/graph.json?v=2',
      'http://localhost:8080/graph.json',
    ]) {
      expect(graphAddressProblem(address, PAGE), address).toBeNull();
    }
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
