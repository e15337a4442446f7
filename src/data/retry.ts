import { NewsError } from '../errors.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; each later one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 600, maxDelayMs: 10_000 };

/** Failures that may pass: the network, a timeout, 408, 429 and 5xx. Other 4xx will not change on retry. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof NewsError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  const status = error.status ?? 0;
  return error.kind === 'http' && (status === 408 || status === 429 || status >= 500);
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts run out (see backoff.ts). Most first
 * attempts succeed: the backoff loads at the first failure worth retrying, within the wait before the
 * next attempt.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  signal: AbortSignal | undefined,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (policy.attempts < 2 || !isTransient(error)) throw error;
    // Without the backoff there is no retry: the failure is reported as it would be after the last attempt.
    const { retryAfter } = await import('./backoff.js').catch(() => {
      throw error;
    });
    return retryAfter(error as NewsError, attempt, signal, policy);
  }
}
