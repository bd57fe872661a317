/**
 * Polite GET requests for `npm run fetch`: one client per service, which spaces its requests
 * (rate limit), gives each a timeout and retries what is worth retrying (429, 5xx, network
 * errors and timeouts) with exponential backoff, honouring `Retry-After`. Anything else, a 404
 * above all, is answered at once: asking again would not change it.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface FetchLimits {
  /** Least time between the starts of two requests to the service (retries included). */
  minIntervalMs: number;
  /** Tries per request, the first included. */
  attempts: number;
  /** Wait before the first retry; doubled for each further one. */
  backoffMs: number;
  /** A `Retry-After` longer than this is not waited for: the request fails and says so. */
  maxRetryAfterMs: number;
  /** Per request, from sending it to the last byte of the answer. */
  timeoutMs: number;
}

/**
 * OpenAlex asks for at most 10 requests a second (docs.openalex.org, "Rate limits and
 * authentication"); a person's works are a handful of pages, so 100 ms apart costs nothing.
 */
export const OPENALEX_LIMITS: FetchLimits = {
  minIntervalMs: 100,
  attempts: 4,
  backoffMs: 1_000,
  maxRetryAfterMs: 120_000,
  timeoutMs: 30_000,
};

/**
 * dblp asks for gentle use and answers bursts with 429 and `Retry-After`: at most one request
 * a second. One person page is one request, so this only matters for retries.
 */
export const DBLP_LIMITS: FetchLimits = {
  minIntervalMs: 1_000,
  attempts: 4,
  backoffMs: 2_000,
  maxRetryAfterMs: 120_000,
  timeoutMs: 60_000,
};

/** A request that failed for good, with a message that says what to do. */
export class FetchError extends Error {
  constructor(
    message: string,
    /** The HTTP status of the last answer; undefined when there was none (network, timeout). */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface Answer {
  status: number;
  /** The body exactly as the server sent it. */
  body: Buffer;
  /** Where the answer came from, after redirects. */
  url: string;
}

export interface ClientHooks {
  /** Called just before each attempt is sent (tests measure the rate limit with it). */
  onRequest?: (url: string, at: number) => void;
  /** Called before waiting to retry, with a line for the user. */
  onRetry?: (message: string) => void;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

/** `Retry-After` as seconds or as an HTTP date, in milliseconds from `now`; undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/^[a-z]{3}, /i.test(text)) return undefined; // an HTTP date: `Wed, 21 Oct 2015 07:28:00 GMT`
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A URL fit for a message: without the user's e-mail address. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.delete('mailto');
    return parsed.toString();
  } catch {
    return url;
  }
}

function networkReason(error: unknown): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string } };
  if (err.name === 'TimeoutError') return 'timeout';
  return err.cause?.code ?? err.message ?? String(error);
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`;
}

export class ServiceClient {
  private nextStart = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    /** The service's name in messages: `OpenAlex`, `dblp`. */
    readonly service: string,
    readonly limits: FetchLimits,
    private readonly hooks: ClientHooks = {},
    private readonly headers: Record<string, string> = {},
  ) {}

  /**
   * Waits for this request's turn: requests are sent at least `minIntervalMs` apart, measured
   * from when the previous one was really sent (a late timer never shortens the next gap).
   */
  private turn(): Promise<void> {
    const mine = this.queue.then(async () => {
      // Timers may fire a little early; never send before the slot.
      while (performance.now() < this.nextStart)
        await sleep(Math.max(1, Math.ceil(this.nextStart - performance.now())));
      this.nextStart = performance.now() + this.limits.minIntervalMs;
    });
    this.queue = mine;
    return mine;
  }

  /** GET `url`; resolves with a 2xx answer, else throws FetchError (404 carries its status). */
  async get(url: string): Promise<Answer> {
    const { attempts, backoffMs, maxRetryAfterMs, timeoutMs } = this.limits;
    const shown = shownUrl(url);
    for (let attempt = 1; ; attempt++) {
      await this.turn();
      this.hooks.onRequest?.(url, performance.now());
      let problem: string;
      let status: number | undefined;
      let retryAfter: number | undefined;
      try {
        const response = await fetch(url, {
          headers: this.headers,
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = Buffer.from(await response.arrayBuffer());
        if (response.ok) return { status: response.status, body, url: response.url || url };
        status = response.status;
        if (!RETRYABLE.has(status))
          throw new FetchError(`${this.service} answered ${status} for ${shown}`, status);
        retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        problem = `answered ${status}`;
      } catch (error) {
        if (error instanceof FetchError) throw error;
        const reason = networkReason(error);
        problem =
          reason === 'timeout'
            ? `did not answer within ${seconds(timeoutMs)}`
            : `could not be reached (${reason})`;
      }
      if (retryAfter !== undefined && retryAfter > maxRetryAfterMs)
        throw new FetchError(
          `${this.service} ${problem} for ${shown} and asks to wait ${seconds(retryAfter)}: try again later`,
          status,
        );
      if (attempt >= attempts)
        throw new FetchError(
          `${this.service} ${problem} for ${shown} (${attempts} tries): ` +
            (status === undefined
              ? 'check the network connection or the service URL, then try again'
              : 'the service is busy or down; try again later'),
          status,
        );
      const wait = Math.max(backoffMs * 2 ** (attempt - 1), retryAfter ?? 0);
      this.hooks.onRetry?.(
        `${this.service} ${problem}; retrying in ${seconds(wait)} (try ${attempt + 1} of ${attempts})`,
      );
      await sleep(wait);
    }
  }
}
