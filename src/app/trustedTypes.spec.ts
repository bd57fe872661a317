import { describe, expect, it } from 'vitest';
import { isOwnScriptUrl } from './trustedTypes';

describe('the coauthor-atlas policy’s rule', () => {
  const page = 'https://lab.example';
  const cdn = 'https://cdn.example';
  it('accepts scripts on the code’s own origin and this document’s blobs', () => {
    expect(isOwnScriptUrl(`${cdn}/assets/louvain.worker-1.js`, page, cdn)).toBe(true);
    expect(isOwnScriptUrl(`blob:${page}/0b5e`, page, cdn)).toBe(true);
    expect(isOwnScriptUrl('blob:null/0b5e', 'null', 'null')).toBe(true); // the one-file export
  });
  it('refuses every other script', () => {
    expect(isOwnScriptUrl('https://evil.example/x.js', page, cdn)).toBe(false);
    expect(isOwnScriptUrl(`blob:${cdn}/0b5e`, page, cdn)).toBe(false);
    expect(isOwnScriptUrl('data:text/javascript,alert(1)', page, cdn)).toBe(false);
    expect(isOwnScriptUrl('javascript:alert(1)', page, cdn)).toBe(false);
    expect(isOwnScriptUrl('file:///tmp/x.js', 'null', 'null')).toBe(false);
    expect(isOwnScriptUrl('not a url', page, cdn)).toBe(false);
  });
});
