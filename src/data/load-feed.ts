import { isAbort, NewsError } from '../errors.js';
import { usableTimeZone } from '../i18n/time-zone.js';
import { decodeBody } from '../sources/decode.js';
import { parseSource, type FormatSetting, type ParsedSource } from '../sources/detect.js';
import { loadSourcePatternSupport } from '../sources/parse-date-pattern.js';
import { mergePages, type MergedPage, type SourceOutcome } from './merge-pages.js';
import { sharedFetch } from './shared-requests.js';
import { readStoredCopy, writeStoredCopy, type StoredCopy } from './stored-copy.js';

export interface LoadOptions {
  format: FormatSetting;
  /**
   * The `time-zone` as the page wrote it. It is checked (and dropped, with a warning, when unknown) only
   * once there is data to read: a page's first zone check costs tens of milliseconds (hundreds on a slow
   * phone), which must not hold the request back.
   */
  timeZone: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal;
  fields?: Record<string, string>;
  sourceDateFormat?: string;
  /** Seconds an answer (in memory or stored) counts as fresh; 0 stores nothing. */
  cacheSeconds: number;
  /** Ignore fresh copies and ask the network (a visitor's retry, a background refresh). */
  fresh?: boolean;
  /** Receives the stored copies, at once, when every source has one that is being revalidated. */
  onStored?: (page: MergedPage) => void;
}

/**
 * Fetches every URL of `src` (separated by white space), normalizes and merges them. Headless: elements call
 * it, it knows nothing of them. It fails only when every source fails and none has a stored copy.
 */
export async function loadFeed(src: string, options: LoadOptions): Promise<MergedPage> {
  const urls = [...new Set(src.split(/\s+/).filter(Boolean))].map(
    (url) => new URL(url, document.baseURI).href,
  );
  if (options.sourceDateFormat) await loadSourcePatternSupport();
  const stored = await Promise.all(urls.map((url) => storedPage(url, options)));
  const now = Date.now();
  const needsNetwork = stored.map(
    (copy) => !copy || options.fresh || now - copy.savedAt >= options.cacheSeconds * 1000,
  );
  if (options.onStored && stored.every(Boolean) && needsNetwork.some(Boolean)) {
    options.onStored(mergePages(stored.map((copy, i) => ({ url: urls[i], page: copy!.page }))));
  }
  const outcomes = await Promise.all(
    urls.map((url, i) =>
      needsNetwork[i] ? loadFromNetwork(url, stored[i], options) : { url, page: stored[i]!.page },
    ),
  );
  options.signal?.throwIfAborted();
  const merged = mergePages(outcomes);
  if (!outcomes.some((outcome) => outcome.page)) throw merged.failures[0];
  return merged;
}

interface StoredPage {
  page: ParsedSource;
  savedAt: number;
}

async function storedPage(url: string, options: LoadOptions): Promise<StoredPage | undefined> {
  if (options.cacheSeconds <= 0) return undefined;
  const copy = readStoredCopy(url);
  if (!copy) return undefined;
  try {
    return { page: await parse(copy, options), savedAt: copy.savedAt };
  } catch {
    // A copy this version cannot read any more is as good as none.
    return undefined;
  }
}

async function loadFromNetwork(
  url: string,
  stored: StoredPage | undefined,
  options: LoadOptions,
): Promise<SourceOutcome> {
  try {
    const response = await sharedFetch(url, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxAgeMs: options.cacheSeconds * 1000,
      fresh: options.fresh,
      revalidate: stored !== undefined || options.fresh,
    });
    const copy: StoredCopy = {
      text: decodeBody(response.bytes, response.contentType),
      contentType: response.contentType,
      url: response.url,
      savedAt: Date.now(),
    };
    const page = await parse(copy, options);
    page.total ??= response.total;
    page.next ??= wordPressNext(response.url, page.format, response.totalPages);
    if (options.cacheSeconds > 0) writeStoredCopy(url, copy);
    return { url, page };
  } catch (error) {
    if (isAbort(error)) throw error;
    const failure =
      error instanceof NewsError
        ? error
        : new NewsError('format', `${url}: ${String(error)}`, { url, cause: error });
    return stored
      ? { url, page: stored.page, error: failure, storedAt: stored.savedAt }
      : { url, error: failure };
  }
}

function parse(copy: StoredCopy, options: LoadOptions): Promise<ParsedSource> {
  return parseSource(copy.text, copy.contentType, options.format, {
    baseUrl: copy.url,
    timeZone: usableTimeZone(options.timeZone),
    fields: options.fields,
    sourceDateFormat: options.sourceDateFormat,
  });
}

/** WordPress pages by `?page=`: the next one exists while the server's `X-WP-TotalPages` says so. */
function wordPressNext(url: string, format: string, totalPages: number | undefined): string | undefined {
  if (format !== 'wordpress' || !totalPages) return undefined;
  const next = new URL(url);
  const current = Number(next.searchParams.get('page') ?? '1') || 1;
  if (current >= totalPages) return undefined;
  next.searchParams.set('page', String(current + 1));
  return next.href;
}
