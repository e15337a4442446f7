/**
 * `setup`: news-elements itself is installed incompletely (one of its files is not beside
 * `news-elements.js`, or is served as something other than JavaScript); retrying cannot help.
 */
export type NewsErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'format' | 'setup';

/**
 * Every failure the elements report. `message` is written for the integrator (console, devtools);
 * the page shows a short localized text chosen by `kind`.
 */
export class NewsError extends Error {
  override name = 'NewsError';
  readonly kind: NewsErrorKind;
  readonly status?: number;
  readonly url?: string;
  /** How long the server asked us to wait before trying again (`Retry-After`). */
  retryAfterMs?: number;

  constructor(
    kind: NewsErrorKind,
    message: string,
    details: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.url = details.url;
  }
}

/**
 * For the parts of this package that load on demand (parts.ts): one that cannot be downloaded failed on the
 * network, and is reported so (not as a source in an unknown format); a retry may then succeed.
 */
export function chunkUnavailable(error: unknown): never {
  // The bundle's importPart already said which (network or setup).
  if (error instanceof NewsError) throw error;
  throw new NewsError('network', `a part of news-elements could not be downloaded (${String(error)}).`, {
    cause: error,
  });
}

/**
 * Any failure as a NewsError. One that is not already (an exception in our reading of an unexpected payload)
 * says the source was not in a shape we know: `format`, with `where` leading its message.
 */
export function asNewsError(error: unknown, where: string, url: string | undefined): NewsError {
  return error instanceof NewsError
    ? error
    : new NewsError('format', `${where}: ${String(error)}`, { url, cause: error });
}

export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';
