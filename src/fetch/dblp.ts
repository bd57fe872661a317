/**
 * A person's dblp page as XML: `GET /pid/<pid>.xml`, the `<dblpperson>` document that lists
 * every record (`<r><inproceedings key=…>…</r>`) with its authors' pids. Kept byte for byte.
 */
import { FetchError, type ServiceClient } from './http';

export interface DblpDownload {
  body: Buffer;
  /** The `name` attribute of `<dblpperson>`, with its disambiguation number (`Tao Lin 0004`). */
  name?: string;
  /** How many `<r>` records the page holds. */
  records: number;
}

/** `t/TaoLin4` → `dblp-t-TaoLin4.xml` (a pid's first part has no `-`, so this cannot collide). */
export function dblpFileName(pid: string): string {
  return `dblp-${pid.replaceAll('/', '-')}.xml`;
}

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeAttribute(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
      );
    return XML_ENTITIES[ref] ?? whole;
  });
}

export async function downloadDblp(
  client: ServiceClient,
  base: string,
  pid: string,
): Promise<DblpDownload> {
  const url = `${base}/pid/${pid}.xml`;
  let answer;
  try {
    answer = await client.get(url);
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 410))
      throw new FetchError(
        `dblp answered ${error.status} for pid ${pid}: check the pid on ${base}/pid/${pid}.html (the part after /pid/ in the person's page address) or drop --dblp`,
        error.status,
      );
    throw error;
  }
  const text = answer.body.toString('utf8');
  // The root element, after an optional BOM, XML declaration, comments and doctype.
  const root =
    /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<dblpperson\b([^>]*)>/.exec(
      text,
    );
  if (!root)
    throw new FetchError(
      `dblp answered ${url} with something that is not a person page (<dblpperson> expected): check the pid and ATLAS_DBLP_URL`,
    );
  const name = /\bname="([^"]*)"/.exec(root[1]!)?.[1];
  const records = text.match(/<r>/g)?.length ?? 0;
  const download: DblpDownload = { body: answer.body, records };
  if (name !== undefined) download.name = decodeAttribute(name);
  return download;
}
