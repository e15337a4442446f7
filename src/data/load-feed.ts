import { isAbort, NewsError } from '../errors.js';
import { parseSource, type FormatSetting } from '../sources/detect.js';
import { fetchText } from './fetch-text.js';
import { mergePages, type MergedPage, type SourceOutcome } from './merge-pages.js';

export interface LoadOptions {
  format: FormatSetting;
  timeZone: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Fetches every URL of `src` (separated by white space) and normalizes and merges them. Headless: elements
 * call it, it knows nothing of them. It fails only when every source fails.
 */
export async function loadFeed(src: string, options: LoadOptions): Promise<MergedPage> {
  const urls = [...new Set(src.split(/\s+/).filter(Boolean))].map(
    (url) => new URL(url, document.baseURI).href,
  );
  const outcomes = await Promise.all(urls.map((url) => loadOne(url, options)));
  options.signal?.throwIfAborted();
  const merged = mergePages(outcomes);
  if (merged.failures.length === outcomes.length) throw merged.failures[0];
  return merged;
}

async function loadOne(url: string, options: LoadOptions): Promise<SourceOutcome> {
  try {
    const response = await fetchText(url, options);
    const page = parseSource(response.text, options.format, {
      baseUrl: response.url,
      timeZone: options.timeZone,
    });
    return { url, page };
  } catch (error) {
    if (isAbort(error)) throw error;
    const failure =
      error instanceof NewsError
        ? error
        : new NewsError('format', `${url}: ${String(error)}`, { url, cause: error });
    return { url, error: failure };
  }
}
