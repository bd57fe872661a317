/**
 * The page's side of the review endpoint (src/review/server/handler.ts): same-origin requests
 * to `./__atlas/review` only. Without an endpoint (a static host) the page offers the alias
 * file as a download instead.
 */
import type { ReviewDecision } from '../../review/aliasEdit';
import type { ReviewReport } from './review';

export interface ReviewEndpoint extends ReviewReport {
  token: string;
  aliasFile: string;
  url: string;
}

export const REVIEW_ADDRESS = './__atlas/review';

function asReport(data: Record<string, unknown>): ReviewReport {
  return {
    likelyDuplicates: (data['likelyDuplicates'] as ReviewReport['likelyDuplicates']) ?? [],
    paperMerges: (data['paperMerges'] as ReviewReport['paperMerges']) ?? [],
    papersKeptApart: (data['papersKeptApart'] as ReviewReport['papersKeptApart']) ?? [],
  };
}

/** The endpoint when the page's server has one (`coauthor-atlas serve`, `npm start`), else null. */
export async function discoverReview(pageUrl: string): Promise<ReviewEndpoint | null> {
  const url = new URL(REVIEW_ADDRESS, pageUrl);
  if (url.origin !== new URL(pageUrl).origin) return null;
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return null;
    const data = (await response.json()) as Record<string, unknown>;
    if (data['version'] !== 1 || typeof data['token'] !== 'string') return null;
    return {
      ...asReport(data),
      token: data['token'],
      aliasFile: String(data['aliasFile'] ?? 'aliases.json'),
      url: url.href,
    };
  } catch {
    return null;
  }
}

export interface DecisionResult {
  ok: boolean;
  message: string;
  report?: ReviewReport;
}

export async function sendDecision(
  endpoint: ReviewEndpoint,
  decision: ReviewDecision,
): Promise<DecisionResult> {
  try {
    const response = await fetch(`${endpoint.url}/decision`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Atlas-Review-Token': endpoint.token },
      body: JSON.stringify(decision),
    });
    const data = (await response.json()) as Record<string, unknown>;
    if (!response.ok) return { ok: false, message: String(data['error'] ?? data['message']) };
    return { ok: true, message: String(data['message'] ?? 'Rebuilt'), report: asReport(data) };
  } catch (error) {
    return { ok: false, message: `The server did not answer (${String(error)})` };
  }
}
