import { loadArchiveIndex, loadSearchText, type IndexFetch } from '../data/load-archive-index.js';
import type { MergedPage } from '../data/merge-pages.js';
import { VISITOR_RETRY_POLICY } from '../data/visitor-retry.js';
import { NewsError } from '../errors.js';
import type { ArchiveQuery, NewsItem } from '../sources/types.js';
import { answerPositions } from './archive-index-query.js';
import type { NewsFeedElement } from './news-feed.js';

/** The answer's first items, and how to read the ones after them. */
export interface IndexedAnswer {
  answer: MergedPage;
  readMore: (signal: AbortSignal) => Promise<MergedPage>;
}

/**
 * The answer to `query` over a published static feed, from its archive index (`indexUrl`): the index (and,
 * for a search, its searched text) says which items answer, and only the pages holding the ones shown are
 * read, a list page's worth at a time, through the feed's own loader.
 */
export async function readIndexedAnswer(
  feed: NewsFeedElement,
  indexUrl: string,
  query: ArchiveQuery,
  signal: AbortSignal,
): Promise<IndexedAnswer> {
  const timeoutMs = Math.max(1, feed.timeout) * 1000;
  const fetch: IndexFetch = (url, request) => feed.fetchShared(url, { ...request, timeoutMs });
  const request = { signal, retryPolicy: VISITOR_RETRY_POLICY, maxAgeMs: Math.max(0, feed.cache) * 1000 };
  const index = await loadArchiveIndex(indexUrl, fetch, request);
  const text = query.search?.trim() ? await loadSearchText(index, fetch, request) : undefined;
  const positions = answerPositions(index, text, query);
  const pageOf = (position: number) => Math.floor(position / index.pageSize);
  // Each page once per answer: the most viewed of a page are often on the next page of the answer too.
  const pages = new Map<number, MergedPage>();
  const readPage = async (page: number, signal: AbortSignal) => {
    if (!pages.has(page)) {
      pages.set(
        page,
        await feed.loadSource(index.pages[page], { signal, retryPolicy: VISITOR_RETRY_POLICY }),
      );
    }
  };
  let read = 0;
  const readMore = async (signal: AbortSignal): Promise<MergedPage> => {
    const wanted = positions.slice(read, read + feed.size);
    await Promise.all([...new Set(wanted.map(pageOf))].map((page) => readPage(page, signal)));
    const items: NewsItem[] = [];
    for (const position of wanted) {
      const page = pages.get(pageOf(position))!;
      const item = page.items[position % index.pageSize];
      // A folder published again since the index was read: its pages hold other items now.
      if (page.items[0]?.id !== index.firsts[pageOf(position)] || !item) {
        throw new NewsError('format', `the published feed changed while it was read; load it again.`, {
          url: index.pages[pageOf(position)],
        });
      }
      items.push(item);
    }
    read += wanted.length;
    return {
      items,
      dropped: [],
      failures: [],
      formats: ['native'],
      total: positions.length,
      ...(read < positions.length ? { next: index.pages[pageOf(positions[read])] } : {}),
    };
  };
  return { answer: await readMore(signal), readMore };
}
