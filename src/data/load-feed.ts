import { asNewsError, isAbort } from '../errors.js';
import { usableTimeZone } from '../i18n/time-zone.js';
import * as parts from '../parts.js';
import type { FormatSetting, ParsedSource } from '../sources/parse-source.js';
import { mergePages, type MergedPage, type SourceOutcome } from './merge-pages.js';
import { bodyText, parseSource, prepareAdapter } from './read-source.js';
import type { RetryPolicy } from './retry.js';
import { sharedFetch } from './shared-requests.js';
import { readStoredCopy, writeStoredCopy, type StoredCopy } from './stored-copy.js';

export interface LoadOptions {
  format: FormatSetting;
  /**
   * What relative URLs in `src` resolve against; the page's `document.baseURI` unless given (and required
   * where there is no document: Node, a worker).
   */
  baseUrl?: string;
  /**
   * What sends each request: the global `fetch` unless given. An integrator's own adds headers (auth) or
   * goes through a proxy; a test's answers as it likes. Requests are shared between elements only when
   * they send through the same function.
   */
  fetch?: typeof fetch;
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
  /** Seconds an answer (in memory or stored) counts as fresh; 0 stores nothing (and needs no localStorage). */
  cacheSeconds: number;
  /** Ignore fresh copies and ask the network (a visitor's retry, a background refresh). */
  fresh?: boolean;
  /** How failing requests are tried again; the default policy's when left out. */
  retryPolicy?: RetryPolicy;
  /** Receives the stored copies, at once, when every source has one that is being revalidated. */
  onStored?: (page: MergedPage) => void;
}

/**
 * Fetches every URL of `src` (separated by white space), normalizes and merges them: source → request →
 * stored copy → adapter → one page. Headless: the elements and the CLI call it, it knows nothing of them,
 * and it needs no DOM beyond an inert parser (`DOMParser`) for XML and HTML in items. It fails only when
 * every source fails and none has a stored copy.
 */
export async function loadFeed(src: string, options: LoadOptions): Promise<MergedPage> {
  const base = options.baseUrl ?? document.baseURI;
  const urls = [...new Set(src.split(/\s+/).filter(Boolean))].map((url) => new URL(url, base).href);
  // Whether a source needs the network follows from its stored copy's age alone, so the requests go out
  // before the first `await`: the element calls this from its update, and everything after an `await` waits
  // for that update to finish (skeleton render, layout), which held the request back by tens of ms on a
  // desktop and more on a phone.
  const copies = urls.map((url) => (options.cacheSeconds > 0 ? readStoredCopy(url) : undefined));
  const needsNetwork = copies.map(
    (copy) => !copy || options.fresh || Date.now() - copy.savedAt >= options.cacheSeconds * 1000,
  );
  // The reader the settings ask for, and the adapter when the format is known already, download beside the
  // request, not after its answer.
  if (options.sourceDateFormat) parts.sourcePattern.load().catch(() => undefined);
  for (const url of urls) prepareAdapter(url, options.format);
  const stored = copies.map((copy) => copy && storedPage(copy, options));
  const network = urls.map((url, i) =>
    needsNetwork[i] ? loadFromNetwork(url, stored[i], options) : undefined,
  );
  const storedPages = await Promise.all(stored);
  if (options.onStored && storedPages.every(Boolean) && needsNetwork.some(Boolean)) {
    options.onStored(mergePages(storedPages.map((copy, i) => ({ url: urls[i], page: copy!.page }))));
  }
  const outcomes = await Promise.all(
    urls.map(
      (url, i) =>
        network[i] ??
        // A fresh copy this version cannot read is as good as none: ask the network after all.
        (storedPages[i] ? { url, page: storedPages[i].page } : loadFromNetwork(url, undefined, options)),
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

async function storedPage(copy: StoredCopy, options: LoadOptions): Promise<StoredPage | undefined> {
  try {
    return { page: await parse(copy, options), savedAt: copy.savedAt };
  } catch {
    // A copy this version cannot read any more is as good as none.
    return undefined;
  }
}

/** One source from the network. `stored` is its stored copy being read, shown instead if the network fails. */
async function loadFromNetwork(
  url: string,
  stored: Promise<StoredPage | undefined> | undefined,
  options: LoadOptions,
): Promise<SourceOutcome> {
  try {
    const response = await sharedFetch(url, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxAgeMs: options.cacheSeconds * 1000,
      fresh: options.fresh,
      revalidate: stored !== undefined || options.fresh,
      retryPolicy: options.retryPolicy,
      fetch: options.fetch,
    });
    const copy: StoredCopy = {
      text: await bodyText(response.bytes, response.contentType),
      contentType: response.contentType,
      url: response.url,
      headers: response.headers,
      savedAt: Date.now(),
    };
    const page = await parse(copy, options);
    // Stored for the next visit, after this one's list: serializing and writing it took as long as
    // normalizing a 20-item source, in the task that shows it.
    if (options.cacheSeconds > 0) setTimeout(() => writeStoredCopy(url, copy));
    return { url, page };
  } catch (error) {
    // Never a rejection: the request goes out before anyone awaits it. `loadFeed` throws the abort itself.
    if (isAbort(error)) return { url };
    const failure = asNewsError(error, url, url);
    const fallback = await stored;
    return fallback
      ? { url, page: fallback.page, error: failure, storedAt: fallback.savedAt }
      : { url, error: failure };
  }
}

function parse(copy: StoredCopy, options: LoadOptions): Promise<ParsedSource> {
  return parseSource(copy.text, copy.contentType, options.format, {
    baseUrl: copy.url,
    headers: copy.headers,
    timeZone: usableTimeZone(options.timeZone),
    fields: options.fields,
    sourceDateFormat: options.sourceDateFormat,
  });
}
