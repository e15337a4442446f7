import { withPinnedItems } from '../data/pinned-items.js';
import type { MergedPage } from '../data/merge-pages.js';
import { isAbort } from '../errors.js';
import type { FeedState } from './feed-state.js';

/**
 * The first page with the pinned items the source's server answered with (WordPress's sticky posts, most of
 * them beyond the first page), for `pinned="first"`; without them when that request fails, which only costs
 * them their place. A part of its own: every page of a WordPress site needs it, and few need the
 * feed's other extras.
 */
export async function withPinned(
  feed: Pick<FeedState, 'src'>,
  page: MergedPage,
  answer: Promise<MergedPage>,
): Promise<MergedPage> {
  try {
    return withPinnedItems(page, await answer);
  } catch (error) {
    if (isAbort(error)) throw error;
    console.warn(`news-feed: the pinned items of ${feed.src} could not be loaded: ${String(error)}`);
    return page;
  }
}
