import { isAbort, NewsError } from '../errors.js';
import { SOURCE_HEADERS } from '../sources/headers.js';

/** A successful response, undecoded: the bytes' encoding is the adapter side's business. */
export interface FetchedBody {
  bytes: ArrayBuffer;
  contentType: string;
  /** The final URL after redirects: relative links resolve against it. */
  url: string;
  /** The `SOURCE_HEADERS` the server sent and exposed to scripts, by lower-case name. */
  headers: Record<string, string>;
}

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs: number;
  /** Ask the browser to revalidate its HTTP cache (a conditional request with its stored ETag/Last-Modified). */
  revalidate?: boolean;
  /** What sends the request: the global `fetch` unless an integrator or a test gives its own. */
  fetch?: typeof fetch;
}

/**
 * One GET with a deadline. Failures become NewsErrors whose messages tell an integrator what to fix; an abort
 * by the caller stays an AbortError, which nobody reports.
 */
export async function fetchBody(
  url: string,
  { signal, timeoutMs, revalidate, fetch: send = fetch }: FetchOptions,
): Promise<FetchedBody> {
  // One controller, held by our own timer and by the caller's signal, aborts the request. Not
  // `AbortSignal.any([signal, AbortSignal.timeout(…)])`: WebKit collects a combined signal that only the
  // request holds, its timeout then never fires, and a source that never answers loads for ever.
  const request = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  const abort = () => request.abort(signal?.reason);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  try {
    // Only CORS-safelisted headers: anything else would cost a preflight that many ward servers refuse.
    const response = await send(url, {
      signal: request.signal,
      cache: revalidate ? 'no-cache' : 'default',
      headers: {
        Accept:
          'application/feed+json, application/json, application/rss+xml, application/atom+xml, */*;q=0.5',
      },
    });
    if (!response.ok) throw httpError(url, response);
    return {
      bytes: await response.arrayBuffer(),
      contentType: response.headers.get('content-type') ?? '',
      url: response.url || url,
      headers: describingHeaders(response.headers),
    };
  } catch (error) {
    if (error instanceof NewsError) throw error;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    if (timedOut) {
      throw new NewsError('timeout', `${url} did not answer within ${timeoutMs / 1000} s.`, {
        url,
        cause: error,
      });
    }
    if (isAbort(error)) throw error;
    throw new NewsError(
      'network',
      `${url} could not be fetched (${String(error)}). If the page and the source are on different sites, ` +
        `the source must send the header "Access-Control-Allow-Origin: ${globalThis.location?.origin ?? '<the page’s origin>'}" (or "*").`,
      { url, cause: error },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

function describingHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of SOURCE_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return kept;
}

function httpError(url: string, response: Response): NewsError {
  const error = new NewsError(
    'http',
    `${url} answered HTTP ${response.status} ${response.statusText}`.trim() + '.',
    {
      status: response.status,
      url,
    },
  );
  const wait = retryAfterMs(response.headers.get('retry-after'));
  if (wait !== undefined) error.retryAfterMs = wait;
  return error;
}

/** `Retry-After` in seconds or as an HTTP date. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
