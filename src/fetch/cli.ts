/**
 * `npm run fetch -- [--orcid ID | --openalex AUTHOR_ID] [--dblp PID] [--mailto EMAIL] --out DIR`
 *
 * Downloads a person's records from OpenAlex and dblp into DIR, as the services send them, so a
 * lab can commit them and build the graph without the network. Exit codes: 0 written, 1 a
 * download failed (DIR untouched), 2 usage error (nothing requested).
 */
import path from 'node:path';
import { downloadDblp, dblpFileName } from './dblp';
import {
  DBLP_LIMITS,
  FetchError,
  OPENALEX_LIMITS,
  ServiceClient,
  type ClientHooks,
  type FetchLimits,
} from './http';
import { downloadOpenAlex, openAlexLabel, type OpenAlexAuthor } from './openalex';
import { escapeRegExp, Staging } from './staging';
import { normaliseDblpPid, normaliseOpenAlex, normaliseOrcid } from '../ingest/ids/normalise';

export const USAGE = `Usage: npm run fetch -- [--orcid ID | --openalex AUTHOR_ID] [--dblp PID] [--mailto EMAIL] --out DIR

Downloads a person's publication records into DIR, as the services send them, so they can be
committed and built (npm run graph -- DIR) without the network.

Options:
  --orcid ID           the person's works on OpenAlex, by ORCID (0000-0002-1825-0097 or its URL)
  --openalex ID        the same by OpenAlex author id (A5023888391 or https://openalex.org/A…)
  --dblp PID           the person's dblp page (t/TaoLin4, or https://dblp.org/pid/t/TaoLin4.html)
  --mailto EMAIL       sent to OpenAlex with each request (its "polite pool")
  --out DIR            folder to write into (created if missing)
  -h, --help           show this help

Writes DIR/openalex-<ID>-<n>.json (one per page of 200 works) and DIR/dblp-<PID, / as ->.xml,
replacing the files of an earlier fetch of the same person and source and nothing else.
Environment: ATLAS_OPENALEX_URL (default https://api.openalex.org), ATLAS_DBLP_URL (default
https://dblp.org). At most 10 requests a second to OpenAlex, 1 to dblp; 429, 5xx and network
errors are retried with backoff.

Exit status: 0 written; 1 a download failed, DIR left as it was; 2 usage error.`;

export class UsageError extends Error {}

export interface FetchOptions {
  openalex?: OpenAlexAuthor;
  dblp?: string;
  mailto?: string;
  out: string;
}

const MAILTO_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Parses and validates everything before any request is made. */
export function parseFetchArgs(argv: readonly string[]): FetchOptions | 'help' {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (!['--orcid', '--openalex', '--dblp', '--mailto', '--out', '-o'].includes(arg))
      throw new UsageError(
        arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`,
      );
    const name = arg === '-o' ? '--out' : arg;
    const next = argv[++i];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
    if (given.has(name)) throw new UsageError(`${name} given twice`);
    given.set(name, next);
  }
  const orcidText = given.get('--orcid');
  const openalexText = given.get('--openalex');
  const dblpText = given.get('--dblp');
  if (orcidText !== undefined && openalexText !== undefined)
    throw new UsageError(
      'give --orcid or --openalex, not both (they name the same OpenAlex works)',
    );
  if (orcidText === undefined && openalexText === undefined && dblpText === undefined)
    throw new UsageError('nothing to fetch: give --orcid or --openalex, and/or --dblp');
  const out = given.get('--out');
  if (out === undefined) throw new UsageError('--out DIR is required');

  const options: FetchOptions = { out };
  if (orcidText !== undefined) {
    const orcid = normaliseOrcid(orcidText);
    if (!orcid)
      throw new UsageError(
        `--orcid ${orcidText}: not an ORCID (16 digits in groups of four, the last a checksum digit or X); copy it from the person's https://orcid.org page`,
      );
    options.openalex = { kind: 'orcid', orcid };
  }
  if (openalexText !== undefined) {
    const id = normaliseOpenAlex(openalexText, 'A');
    if (!id)
      throw new UsageError(
        `--openalex ${openalexText}: not an OpenAlex author id (A followed by digits, e.g. A5023888391)`,
      );
    options.openalex = { kind: 'id', id };
  }
  if (dblpText !== undefined) {
    const pid = normaliseDblpPid(dblpText);
    if (!pid)
      throw new UsageError(
        `--dblp ${dblpText}: not a dblp pid (like t/TaoLin4 or 131/4471-4: the part after /pid/ in the person's dblp address)`,
      );
    options.dblp = pid;
  }
  const mailto = given.get('--mailto');
  if (mailto !== undefined) {
    if (!MAILTO_RE.test(mailto)) throw new UsageError(`--mailto ${mailto}: not an e-mail address`);
    options.mailto = mailto;
  }
  return options;
}

function baseUrl(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const text = env[name]?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${name}=${text}: not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`${name}=${text}: not an http(s) URL`);
  return text.replace(/\/+$/, '');
}

export interface FetchIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Tests shorten the limits; the command uses OPENALEX_LIMITS and DBLP_LIMITS. */
  limits?: { openalex?: Partial<FetchLimits>; dblp?: Partial<FetchLimits> };
  onRequest?: ClientHooks['onRequest'];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export async function runFetchCli(argv: readonly string[], io: FetchIo): Promise<number> {
  let options: FetchOptions;
  let openalexBase: string;
  let dblpBase: string;
  try {
    const parsed = parseFetchArgs(argv);
    if (parsed === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    options = parsed;
    openalexBase = baseUrl(io.env, 'ATLAS_OPENALEX_URL', 'https://api.openalex.org');
    dblpBase = baseUrl(io.env, 'ATLAS_DBLP_URL', 'https://dblp.org');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${USAGE}`);
    return 2;
  }

  const outDir = path.resolve(io.cwd, options.out);
  const shownFile = (name: string): string => path.join(options.out, name);
  const hooks: ClientHooks = { onRetry: (line) => io.stderr(line) };
  if (io.onRequest) hooks.onRequest = io.onRequest;
  const userAgent = `coauthor-atlas-fetch/0.1${options.mailto ? ` (mailto:${options.mailto})` : ''}`;
  const summary: string[] = [];
  let staging: Staging | undefined;
  try {
    const stage = (staging = new Staging());
    if (options.openalex) {
      const client = new ServiceClient(
        'OpenAlex',
        { ...OPENALEX_LIMITS, ...io.limits?.openalex },
        hooks,
        { 'User-Agent': userAgent, Accept: 'application/json' },
      );
      const label = openAlexLabel(options.openalex);
      const fileOf = (n: number): string => `openalex-${label}-${n}.json`;
      const got = await downloadOpenAlex(
        client,
        openalexBase,
        options.openalex,
        options.mailto,
        (page, n) => stage.add(fileOf(n), page.body),
      );
      stage.replace(new RegExp(`^openalex-${escapeRegExp(label)}-\\d+\\.json$`));
      const who = `${got.name ? `${got.name}, ` : ''}${got.authorId}`;
      const files =
        got.pages === 1 ? shownFile(fileOf(1)) : `${shownFile(fileOf(1))} … ${fileOf(got.pages)}`;
      summary.push(
        `OpenAlex: ${plural(got.works, 'work')} of ${who} in ${plural(got.pages, 'page')} → ${files}`,
      );
      if (got.count !== undefined && got.count !== got.works)
        io.stderr(`warning: OpenAlex announced ${got.count} works but sent ${got.works}`);
    }
    if (options.dblp) {
      const client = new ServiceClient('dblp', { ...DBLP_LIMITS, ...io.limits?.dblp }, hooks, {
        'User-Agent': userAgent,
        Accept: 'application/xml',
      });
      const got = await downloadDblp(client, dblpBase, options.dblp);
      const name = dblpFileName(options.dblp);
      stage.add(name, got.body);
      summary.push(
        `dblp: ${plural(got.records, 'record')}${got.name ? ` of ${got.name}` : ''} → ${shownFile(name)}`,
      );
    }
    try {
      stage.commit(outDir);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new FetchError(
        `cannot write into ${options.out} (${code ?? (error as Error).message}): check that it is a folder you may write to`,
      );
    }
  } catch (error) {
    // Never a stack trace for the user: one line, and where to look.
    io.stderr(
      error instanceof FetchError
        ? `error: ${error.message}`
        : `internal error: ${(error as Error).message ?? String(error)} (please report it with the command that caused it)`,
    );
    io.stderr(`nothing written: ${options.out} is as it was`);
    return 1;
  } finally {
    staging?.dispose();
  }
  for (const line of summary) io.stdout(line);
  return 0;
}
