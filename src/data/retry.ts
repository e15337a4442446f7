import * as parts from '../parts.js';
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the second attempt; each later one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 600, maxDelayMs: 10_000 };

/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts run out (see backoff.ts). Most first
 * attempts succeed: the backoff, which also tells a failure worth retrying from a lasting one, loads at the
 * first failure (a page whose source fails downloads it; one whose source answers never does).
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  signal: AbortSignal | undefined,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (policy.attempts < 2) throw error;
    // Without the backoff there is no retry: the failure is reported as it would be after the last attempt.
    const { retryAfter } = await parts.backoff.load().catch(() => {
      throw error;
    });
    return retryAfter(error, attempt, signal, policy);
  }
}
