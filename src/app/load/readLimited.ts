/**
 * Reads a response body as text, but no more than `limit` bytes: a declared Content-Length
 * over the limit is refused before reading, and a stream (no length, or a compressed one that
 * grows) is cancelled as soon as it passes the limit, so a huge file never fills the tab's
 * memory or freezes it in JSON.parse.
 */

export type LimitedText =
  | { ok: true; text: string }
  /** `bytes`: the declared length, or what was read before the stream was cut (`cut`). */
  | { ok: false; bytes: number; cut: boolean };

export async function readLimitedText(response: Response, limit: number): Promise<LimitedText> {
  // Content-Length counts the encoded bytes; a gzipped file can still grow past it below.
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit && !response.headers.get('content-encoding')) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, bytes: declared, cut: false };
  }
  if (!response.body) return limitText(await response.text(), limit);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, bytes, cut: true };
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(joined) };
}

function limitText(text: string, limit: number): LimitedText {
  const bytes = new TextEncoder().encode(text).byteLength;
  return bytes > limit ? { ok: false, bytes, cut: false } : { ok: true, text };
}
