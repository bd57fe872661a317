/**
 * Which origins may send commands to an embedded map. Nothing is trusted unless the embedder
 * says so: a page that frames the map without `trust=` can size it and hear `ready`, but
 * cannot drive it, and does not hear what the reader selects.
 */

export interface TrustedOrigins {
  origins: string[];
  warnings: string[];
}

/**
 * Reads origins from parameter values (`trust=https://a.example,https://b.example`, or the
 * parameter repeated). Each must be an http(s) origin; a full URL is reduced to its origin.
 * `*` and anything else are refused with a warning: trust is always named.
 */
export function parseTrustedOrigins(values: readonly string[]): TrustedOrigins {
  const origins = new Set<string>();
  const warnings: string[] = [];
  for (const value of values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean)) {
    const url = URL.canParse(value) ? new URL(value) : null;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      warnings.push(
        `trust: “${value}” is not an http(s) origin such as https://lab.example; ignored`,
      );
      continue;
    }
    origins.add(url.origin);
  }
  return { origins: [...origins], warnings };
}

export function isTrusted(origin: string, trusted: readonly string[]): boolean {
  return trusted.includes(origin);
}
