import { NewsError } from '../errors.js';
import type { RetryPolicy } from './retry.js';

/** Failures that may pass: the network, a timeout, 408, 429 and 5xx. Other 4xx will not change on retry. */
export function isTransient(error: unknown): error is NewsError {
  if (!(error instanceof NewsError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  const status = error.status ?? 0;
  return error.kind === 'http' && (status === 408 || status === 429 || status >= 500);
}

/**
 * The attempts after a first one that failed with `first`, waiting with exponential backoff and jitter (so
 * that many visitors of a recovering server do not come back in step), or as long as the server's
 * `Retry-After` asks; a lasting failure is thrown at once.
 */
export async function retryAfter<T>(
  first: unknown,
  attempt: () => Promise<T>,
  signal: AbortSignal | undefined,
  policy: RetryPolicy,
): Promise<T> {
  if (!isTransient(first)) throw first;
  let error = first;
  for (let tries = 2; ; tries++) {
    const backoff = policy.baseDelayMs * 2 ** (tries - 2) * (0.5 + Math.random());
    await sleep(Math.min(policy.maxDelayMs, error.retryAfterMs ?? backoff), signal);
    try {
      return await attempt();
    } catch (failure) {
      if (tries >= policy.attempts || !isTransient(failure)) throw failure;
      error = failure;
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
