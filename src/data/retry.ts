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
 * Runs `attempt` until it succeeds, fails for good, or the attempts run out, waiting with exponential backoff
 * and jitter (so that many visitors of a recovering server do not come back in step), or as long as the
 * server's `Retry-After` asks.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  signal: AbortSignal | undefined,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= policy.attempts || !isTransient(error)) throw error;
      const backoff = policy.baseDelayMs * 2 ** (tries - 1) * (0.5 + Math.random());
      const asked = (error as NewsError).retryAfterMs;
      await sleep(Math.min(policy.maxDelayMs, asked ?? backoff), signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', abort, { once: true });
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
  });
}
