import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, singleFilePolicy } from './inlineScriptHashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes executable inline scripts only', () => {
    const html = `<script type="module" crossorigin>let a = 1;</script>
      <script type="module" src="./x.js"></script>
      <script type="application/json" id="g">{"a":1}</script>
      <script>b()</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('let a = 1;'), sha('b()')]);
    expect(singleFilePolicy(html)).toContain(`script-src ${sha('let a = 1;')} ${sha('b()')};`);
  });
});
