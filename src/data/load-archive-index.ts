import { NewsError } from '../errors.js';
import {
  readArchiveIndex,
  readSearchText,
  type ArchiveIndex,
  type SearchText,
} from '../sources/archive-index.js';
import { bodyText } from '../sources/body-text.js';
import type { RetryPolicy } from './retry.js';
import { sharedFetch } from './shared-requests.js';

export interface IndexLoadOptions {
  signal?: AbortSignal;
  timeoutMs: number;
  retryPolicy?: RetryPolicy;
  /** How long an index already at hand is reused (the list's `cache`): it changes with every publish. */
  maxAgeMs: number;
}

/**
 * The searched text is named by its content (`search.<hash>.json`): an answer once at hand stays right for
 * as long as the page lives, and every list of the page shares it.
 */
const FOR_EVER = Number.POSITIVE_INFINITY;

async function loadJson(url: string, options: IndexLoadOptions, maxAgeMs: number): Promise<unknown> {
  const response = await sharedFetch(url, { ...options, maxAgeMs });
  const text = await bodyText(response.bytes, response.contentType);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new NewsError('parse', `the archive index ${url} is not JSON (${String(error)}).`, {
      url,
      cause: error,
    });
  }
}

/** The archive index of a published static feed (see `ArchiveIndex`). */
export async function loadArchiveIndex(url: string, options: IndexLoadOptions): Promise<ArchiveIndex> {
  return readArchiveIndex(await loadJson(url, options, options.maxAgeMs), url);
}

/** The searched text of `index`, which only a search needs. */
export async function loadSearchText(index: ArchiveIndex, options: IndexLoadOptions): Promise<SearchText> {
  return readSearchText(await loadJson(index.search, options, FOR_EVER), index.search, index);
}
