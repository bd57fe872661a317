/**
 * The HTML that styles text (what pages and citation.js wrap titles and names in), as opposed
 * to markup that is content: an `<img …>` or `<script>` in a listing is text someone wrote,
 * kept as data and shown as such (tests/fixtures/hostile/). Only styling is taken out.
 */
const STYLE_TAGS =
  'i|b|em|strong|tt|code|kbd|samp|var|u|s|strike|ins|small|big|mark|cite|abbr|span|font|nobr|wbr';
const BREAK_TAGS = 'br|p|div|li|td|tr|h[1-6]';

/** A styling tag, open or closed, with any attributes (`<span style="…">`, `</i>`). */
export const STYLE_TAG_RE = new RegExp(`</?(?:${STYLE_TAGS})(?:\\s[^<>]*)?/?>`, 'gi');
/** Tags that separate words: a space where they stood. */
export const BREAK_TAG_RE = new RegExp(`</?(?:${BREAK_TAGS})(?:\\s[^<>]*)?/?>`, 'gi');
/** Site-generator debris: `<!>`, `<!-- … -->`. */
export const DEBRIS_RE = /<!-->|<!--[^]*?-->|<!\s*>/g;
/** `L<sub>1</sub>`: the word it is attached to, which tag, what it holds. */
export const SCRIPT_TAG_RE = /([\p{L}\p{N}]*)<(sub|sup)(?:\s[^<>]*)?>([^<]*)<\/\2\s*>/giu;

/** The text without styling tags and debris (sub/sup content kept as it is). */
export function stripStyleTags(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(DEBRIS_RE, '')
    .replace(BREAK_TAG_RE, ' ')
    .replace(/<\/?(?:sub|sup)(?:\s[^<>]*)?>/gi, '')
    .replace(STYLE_TAG_RE, '');
}
