/**
 * What a site gets besides the app: a Hugo shortcode and a Jekyll include that write the map's
 * iframe, `<iframe src="<site's base>/coauthor-atlas/?embed=1&author=…">`.
 *
 * An iframe rather than the element: the page keeps its own Content-Security-Policy and styles
 * whatever the site's theme does (a theme's CSS never reaches into the map, its scripts never
 * meet ours), the site's pages get no script of ours, and every embedding parameter is the
 * page's URL parameter, read by the same table as a shared link. The theme's dark mode or a
 * parent script that wants the element can still use `coauthor-atlas.js`, which is copied too.
 *
 * The parameters are the view parameters' URL names (`author`, `theme`, `hideOwner`,
 * `minJoint`, ...), plus `height`, `title` and `panels`; the config's `embed` values are the
 * defaults, written into the file (it is rewritten by each build: edit the config instead).
 */
import { EMBED_PARAM_NAMES, type EmbedDefaults } from './config';

export const DEFAULT_HEIGHT = '600px';
export const DEFAULT_TITLE = 'Coauthor map';

const HEADER =
  'Written by "coauthor-atlas build"; rewritten by every build: set defaults in coauthor-atlas.json';

/** A Go template string literal. */
const go = (text: string) => JSON.stringify(text);
/** A Liquid string literal (no escapes in Liquid: the other quote when the text has one). */
const liquid = (text: string) =>
  text.includes("'") ? `"${text.replaceAll('"', '')}"` : `'${text}'`;

function defaultsOf(embed: EmbedDefaults, title: string | undefined) {
  return {
    height: embed.height ?? DEFAULT_HEIGHT,
    title: embed.title ?? title ?? DEFAULT_TITLE,
    panels: embed.panels === false ? '0' : '',
    params: embed.params,
  };
}

/**
 * The Hugo shortcode: `{{< coauthor-atlas author="admin" height="500" >}}`. An author that
 * names a page under `content/authors/` (`admin`, a Hugo Academic author's folder) is given to
 * the map by that page's name (`name`, else `title`), as the build step names that person.
 * The address is `relURL`, so a baseURL with a sub-path (`https://example.org/lab/`) is kept.
 */
export function hugoShortcode(embed: EmbedDefaults, title?: string): string {
  const d = defaultsOf(embed, title);
  const defaults = [
    `"height" ${go(d.height)}`,
    `"title" ${go(d.title)}`,
    `"panels" ${go(d.panels)}`,
    ...EMBED_PARAM_NAMES.map((name) => `${go(name)} ${go(d.params[name] ?? '')}`),
  ].join(' ');
  return `{{- /* ${HEADER} */ -}}
{{- $defaults := dict ${defaults} -}}
{{- $query := slice "embed=1" -}}
{{- with $.Get "panels" | default (index $defaults "panels") -}}
  {{- if in (slice "0" "false" "no" "off") (lower (printf "%v" .)) -}}{{- $query = $query | append "panels=0" -}}{{- end -}}
{{- end -}}
{{- range slice ${EMBED_PARAM_NAMES.map(go).join(' ')} -}}
  {{- $value := printf "%v" ($.Get . | default (index $defaults .)) -}}
  {{- if and (eq . "author") (ne $value "") -}}
    {{- with site.GetPage (printf "/authors/%s" $value) -}}{{- $value = .Params.name | default .Title -}}{{- end -}}
  {{- end -}}
  {{- if ne $value "" -}}{{- $query = $query | append (printf "%s=%s" . (urlquery $value)) -}}{{- end -}}
{{- end -}}
{{- $height := printf "%v" ($.Get "height" | default (index $defaults "height")) -}}
{{- if findRE "^[0-9]+$" $height -}}{{- $height = printf "%spx" $height -}}{{- end -}}
{{- if not (findRE "^[0-9.]+(px|vh|svh|dvh|em|rem|%)$" $height) -}}{{- $height = ${go(DEFAULT_HEIGHT)} -}}{{- end -}}
<iframe class="coauthor-atlas" src="{{ "coauthor-atlas/" | relURL }}?{{ delimit $query "&" | safeURL }}" title="{{ $.Get "title" | default (index $defaults "title") }}" width="100%" style="{{ printf "border: 0; max-width: 100%%; height: %s" $height | safeCSS }}" loading="lazy"></iframe>
`;
}

/**
 * The Jekyll include: `{% include coauthor-atlas.html author="Jane Doe" height="500" %}`.
 * The address is `relative_url`, so the site's `baseurl` is kept.
 */
export function jekyllInclude(embed: EmbedDefaults, title?: string): string {
  const d = defaultsOf(embed, title);
  const lines = [`{%- comment -%} ${HEADER} {%- endcomment -%}`];
  lines.push(`{%- capture ca_query -%}embed=1`);
  lines.push(
    `{%- assign ca_panels = include.panels | default: ${liquid(d.panels)} | downcase -%}{%- if ca_panels == '0' or ca_panels == 'false' or ca_panels == 'no' or ca_panels == 'off' -%}&panels=0{%- endif -%}`,
  );
  for (const name of EMBED_PARAM_NAMES) {
    lines.push(
      `{%- assign ca_value = include.${name} | default: ${liquid(d.params[name] ?? '')} | append: '' -%}{%- if ca_value != '' -%}&${name}={{ ca_value | url_encode }}{%- endif -%}`,
    );
  }
  lines.push(`{%- endcapture -%}`);
  lines.push(
    `{%- assign ca_height = include.height | default: ${liquid(d.height)} | append: '' -%}`,
    `{%- assign ca_digits = ca_height | remove: '0' | remove: '1' | remove: '2' | remove: '3' | remove: '4' | remove: '5' | remove: '6' | remove: '7' | remove: '8' | remove: '9' -%}`,
    `{%- if ca_digits == '' -%}{%- assign ca_height = ca_height | append: 'px' -%}{%- endif -%}`,
    `{%- assign ca_title = include.title | default: ${liquid(d.title)} -%}`,
    `<iframe class="coauthor-atlas" src="{{ '/assets/coauthor-atlas/' | relative_url }}?{{ ca_query | replace: '&', '&amp;' }}" title="{{ ca_title | escape }}" width="100%" style="border: 0; max-width: 100%; height: {{ ca_height | escape }}" loading="lazy"></iframe>`,
  );
  return `${lines.join('\n')}\n`;
}
