/**
 * KaTeX as the page runs it, on the hostile listing's formulas: commands that would link, set
 * classes, ids, data attributes or styles, include images or define macros come out as error-
 * coloured text, never as the markup they ask for. (The browser test checks the live DOM.)
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { isTypesettable, KATEX_OPTIONS, MAX_TEX_LENGTH } from './katex';

const render = (tex: string) => katex.renderToString(tex, KATEX_OPTIONS);

/** The rendered HTML without KaTeX's MathML annotation, which repeats the source as text. */
const markup = (tex: string) => render(tex).replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/g, '');

describe('KaTeX options', () => {
  it('runs with trust off, errors as text, and limits on size and macro expansion', () => {
    expect(KATEX_OPTIONS).toMatchObject({ trust: false, throwOnError: false });
    expect(KATEX_OPTIONS.maxSize).toBeLessThanOrEqual(10);
    expect(KATEX_OPTIONS.maxExpand).toBeLessThanOrEqual(1000);
  });

  it.each([
    '\\href{javascript:alert(1)}{x}',
    '\\url{javascript:alert(1)}',
    '\\htmlClass{x" onmouseover="alert(1)}{y}',
    '\\htmlId{__proto__}{x} \\htmlData{onerror=alert(1)}{x} \\htmlStyle{background:url(javascript:alert(1))}{x}',
    '\\includegraphics{javascript:alert(1)}',
    '\\def\\x{\\href{javascript:alert(1)}{y}}\\x',
  ])('renders %s inert', (tex) => {
    const html = markup(tex);
    expect(html).not.toMatch(/<a\b|<img\b|href=|onmouseover|onerror|javascript:|__proto__/i);
    expect(html).not.toMatch(/class="[^"]*\bx\b/);
    // The refused command is shown as text in KaTeX's error colour.
    expect(html).toMatch(/color:#cc0000/);
  });

  it('caps sizes and stops runaway macros', () => {
    expect(render('\\rule{1000em}{1000em}')).toContain('border-right-width:10em');
    expect(render('\\def\\a{\\a\\a}\\a')).toMatch(/katex-error/);
  });

  it('leaves very long formulas as source text', () => {
    expect(isTypesettable('x^2')).toBe(true);
    expect(isTypesettable('x'.repeat(MAX_TEX_LENGTH + 1))).toBe(false);
  });
});
