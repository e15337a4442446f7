import { fetchBody, type FetchedBody } from './fetch-body.js';
import { withRetries, type RetryPolicy } from './retry.js';

interface SharedRequest {
  promise: Promise<FetchedBody>;
  /** What sent it: requests through another `fetch` (an integrator's) are not shared with it. */
  fetch: typeof fetch | undefined;
  controller: AbortController;
  waiting: number;
  settledAt?: number;
}

/** Requests by URL: in flight, or answered within the last `maxAgeMs` of whoever asks. */
const requests = new Map<string, SharedRequest>();

export interface SharedFetchOptions {
  signal?: AbortSignal;
  timeoutMs: number;
  /** How long an answer may be reused; 0 reuses only a request still in flight. */
  maxAgeMs: number;
  /** Skip any answer already at hand (a visitor's retry, a background refresh). */
  fresh?: boolean;
  revalidate?: boolean;
  /** How a failing request is tried again (the default's when left out). */
  retryPolicy?: RetryPolicy;
  fetch?: typeof fetch;
}

/**
 * Every element on the page that asks for the same URL shares one fetch (retries included). The fetch is
 * aborted only when everyone waiting for it has given up, so one element leaving the page does not fail the
 * others.
 */
export function sharedFetch(url: string, options: SharedFetchOptions): Promise<FetchedBody> {
  options.signal?.throwIfAborted();
  let request = requests.get(url);
  const stale =
    request?.settledAt !== undefined && (options.fresh || Date.now() - request.settledAt > options.maxAgeMs);
  // A request everyone gave up on is aborted: a newcomer must not inherit its AbortError.
  if (!request || stale || request.controller.signal.aborted || request.fetch !== options.fetch) {
    request = start(url, options);
  }
  return follow(url, request, options.signal);
}

/** Forgets every answer at hand; for tests and for pages that want a clean slate. */
export function forgetSharedRequests(): void {
  requests.clear();
}

function start(
  url: string,
  { timeoutMs, revalidate, retryPolicy, fetch }: SharedFetchOptions,
): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = {
    controller,
    fetch,
    waiting: 0,
    promise: withRetries(
      () => fetchBody(url, { signal: controller.signal, timeoutMs, revalidate, fetch }),
      controller.signal,
      retryPolicy,
    ),
  };
  requests.set(url, request);
  request.promise.then(
    () => (request.settledAt = Date.now()),
    // A failure is never reused: the next asker tries again.
    () => requests.get(url) === request && requests.delete(url),
  );
  return request;
}

function follow(url: string, request: SharedRequest, signal: AbortSignal | undefined): Promise<FetchedBody> {
  request.waiting++;
  // Whoever asks without a signal cannot leave: they wait until the answer, and so does the request.
  if (!signal) {
    const done = () => void request.waiting--;
    request.promise.then(done, done);
    return request.promise;
  }
  return new Promise<FetchedBody>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      request.waiting--;
    };
    const onAbort = () => {
      leave();
      // Wait a task before giving up the request: elements inserted with this one may still be on their way
      // to joining it.
      setTimeout(() => {
        if (request.waiting > 0 || request.settledAt !== undefined) return;
        request.controller.abort(signal.reason);
        if (requests.get(url) === request) requests.delete(url);
      });
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (value) => {
        leave();
        resolve(value);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}
