/**
 * For the element build: `rem` in the app's styles would mean the host page's root font size
 * (many sites set `html { font-size: 62.5% }`), which no shadow root can shield. Each
 * `1.2rem` becomes `calc(1.2 * var(--atlas-rem, 1rem))`; the element sets `--atlas-rem` on its
 * frame, and anywhere else the fallback keeps plain rem.
 */
import type { PreprocessorGroup } from 'svelte/compiler';

const REM = /(?<![\w.-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g;

export function remToCustomProperty(css: string): string {
  return css.replace(REM, 'calc($1 * var(--atlas-rem, 1rem))');
}

export function remToCustomPropertyPreprocessor(): PreprocessorGroup {
  return {
    name: 'rem-to-custom-property',
    style: ({ content }) => ({ code: remToCustomProperty(content) }),
  };
}
