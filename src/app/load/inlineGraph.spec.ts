import { describe, expect, it } from 'vitest';
import { escapeJsonForScript, inlineGraphBlock, INLINE_GRAPH_ID } from './inlineGraph';

describe('inline graph block', () => {
  it('cannot be closed or commented out by the data it carries', () => {
    const json = JSON.stringify({ title: '</script><script>alert(1)</script><!-- \u2028' });
    const block = inlineGraphBlock(json);
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(block).not.toContain('<!--');
    expect(block.startsWith(`<script type="application/json" id="${INLINE_GRAPH_ID}">`)).toBe(true);
    expect(JSON.parse(escapeJsonForScript(json))).toEqual(JSON.parse(json));
  });
});
