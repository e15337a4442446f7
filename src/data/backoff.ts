import type { NewsError } from '../errors.js';
import { isTransient, type RetryPolicy } from './retry.js';

/**
 * The attempts after a first one that failed with `error`, waiting with exponential backoff and jitter (so
 * that many visitors of a recovering server do not come back in step), or as long as the server's
 * `Retry-After` asks.
 */
export async function retryAfter<T>(
  error: NewsError,
  attempt: () => Promise<T>,
  signal: AbortSignal | undefined,
  policy: RetryPolicy,
): Promise<T> {
  for (let tries = 2; ; tries++) {
    const backoff = policy.baseDelayMs * 2 ** (tries - 2) * (0.5 + Math.random());
    await sleep(Math.min(policy.maxDelayMs, error.retryAfterMs ?? backoff), signal);
    try {
      return await attempt();
    } catch (failure) {
      if (tries >= policy.attempts || !isTransient(failure)) throw failure;
      error = failure as NewsError;
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
