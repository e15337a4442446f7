import { isAbort, NewsError } from '../errors.js';

export interface FetchedText {
  text: string;
  contentType: string;
  /** The final URL after redirects: relative links resolve against it. */
  url: string;
}

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs: number;
}

/**
 * One GET with a deadline. Failures become NewsErrors whose messages tell an integrator what to fix;
 * an abort by the caller stays an AbortError, which nobody reports.
 */
export async function fetchText(url: string, { signal, timeoutMs }: FetchOptions): Promise<FetchedText> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  let response: Response;
  try {
    response = await fetch(url, {
      signal: combined,
      headers: { Accept: 'application/json, application/feed+json, */*;q=0.5' },
    });
    if (!response.ok) {
      throw new NewsError(
        'http',
        `${url} answered HTTP ${response.status} ${response.statusText}`.trim() + '.',
        {
          status: response.status,
          url,
        },
      );
    }
    return {
      text: await response.text(),
      contentType: response.headers.get('content-type') ?? '',
      url: response.url || url,
    };
  } catch (error) {
    if (error instanceof NewsError) throw error;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    if (deadline.aborted) {
      throw new NewsError('timeout', `${url} did not answer within ${timeoutMs / 1000} s.`, {
        url,
        cause: error,
      });
    }
    if (isAbort(error)) throw error;
    throw new NewsError(
      'network',
      `${url} could not be fetched (${String(error)}). If the page and the source are on different sites, ` +
        `the source must send "Access-Control-Allow-Origin: ${location.origin}" (or "*").`,
      { url, cause: error },
    );
  }
}
