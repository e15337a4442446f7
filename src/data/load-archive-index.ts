import { NewsError } from '../errors.js';
import {
  readArchiveIndex,
  readSearchText,
  type ArchiveIndex,
  type SearchText,
} from '../sources/archive-index.js';
import { bodyText } from '../sources/body-text.js';
import type { FetchedBody } from './fetch-body.js';
import type { RetryPolicy } from './retry.js';

export interface IndexRequest {
  signal?: AbortSignal;
  retryPolicy?: RetryPolicy;
  /** How long an answer already at hand is reused. */
  maxAgeMs: number;
}

/**
 * The GET the index's files are read with: the element's shared, timed and retried one (`sharedFetch`),
 * handed in. The archive reader's chunk importing the fetch itself made rolldown split `errors` out of the
 * entry into a chunk of its own, one more request on every page.
 */
export type IndexFetch = (url: string, request: IndexRequest) => Promise<FetchedBody>;

/**
 * The searched text is named by its content (`search.<hash>.json`): an answer once at hand stays right for
 * as long as the page lives, and every list of the page shares it.
 */
const FOR_EVER = Number.POSITIVE_INFINITY;

async function loadJson(url: string, fetch: IndexFetch, request: IndexRequest): Promise<unknown> {
  const response = await fetch(url, request);
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

/**
 * The archive index of a published static feed (see `ArchiveIndex`); `request.maxAgeMs` is the list's
 * `cache`, as the index changes with every publish.
 */
export async function loadArchiveIndex(
  url: string,
  fetch: IndexFetch,
  request: IndexRequest,
): Promise<ArchiveIndex> {
  return readArchiveIndex(await loadJson(url, fetch, request), url);
}

/** The searched text of `index`, which only a search needs. */
export async function loadSearchText(
  index: ArchiveIndex,
  fetch: IndexFetch,
  request: IndexRequest,
): Promise<SearchText> {
  return readSearchText(
    await loadJson(index.search, fetch, { ...request, maxAgeMs: FOR_EVER }),
    index.search,
    index,
  );
}
