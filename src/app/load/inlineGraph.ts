/**
 * The one-file export carries its graph as
 * `<script type="application/json" id="coauthor-atlas-graph">…</script>`: a data block, not a
 * script (no CSP source is needed for it), that a lab can even swap for another graph file.
 */

export const INLINE_GRAPH_ID = 'coauthor-atlas-graph';

/**
 * JSON text that is safe inside a `<script>` data block: `<` is written as `\u003c`, so the
 * text can never close the block (`</script>`) or open a comment, whatever the graph holds.
 * `\u2028`/`\u2029` are escaped too, for tools that read the block as JavaScript.
 */
export function escapeJsonForScript(json: string): string {
  return json
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

export function inlineGraphBlock(json: string): string {
  return `<script type="application/json" id="${INLINE_GRAPH_ID}">${escapeJsonForScript(json)}</script>`;
}
