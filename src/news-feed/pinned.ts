import { withPinnedItems } from '../data/append-page.js';
import type { MergedPage } from '../data/merge-pages.js';
import { isAbort } from '../errors.js';
import type { FeedState } from './feed-state.js';

/**
 * The first page with the pinned items the source's server lists at `url` (WordPress's sticky posts, most
 * of them beyond the first page), for `pinned="first"`; without them when that request fails, which only
 * costs them their place.
 */
export async function withPinned(
  feed: FeedState,
  page: MergedPage,
  url: string,
  signal: AbortSignal,
  fresh: boolean,
): Promise<MergedPage> {
  try {
    return withPinnedItems(page, await feed.loadSource(url, { signal, fresh }));
  } catch (error) {
    if (isAbort(error)) throw error;
    console.warn(`news-feed: the pinned items of ${feed.src} could not be loaded: ${String(error)}`);
    return page;
  }
}
