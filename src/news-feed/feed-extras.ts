import { ArchiveReader } from './archive.js';
import { feedExtrasStyles } from './feed-extras.styles.js';
import type { FeedState } from './feed-state.js';
import { RefreshTimer } from './refresh-timer.js';
import { TickerController } from './ticker.js';

/**
 * What only some feeds use: paging, categories and their tabs, search, the ticker and background refresh,
 * with their styles. `<news-feed>` imports this chunk when an attribute asks for one of them, so a plain list
 * does not download it.
 */
export { archiveAnswer, renderCoverage } from './archive.js';
export { refreshFirstPage } from '../data/append-page.js';
export { filterItems } from './filter-items.js';
export { highlighter } from './highlight.js';
export { goToPage, renderPaging, showMore } from './paging.js';
export { activeTabId, renderNoMatch, renderSearch, renderTabs } from './search-and-tabs.js';
export { renderTicker } from './ticker.js';
export { repeat } from 'lit/directives/repeat.js';

/** Gives one feed the extras' styles, its ticker and its background refresh, which calls `refresh`. */
export function attachExtras(feed: FeedState, refresh: () => void): void {
  // Rendered on a server (src/prerender/) the element has no root: the pre-renderer writes the styles out.
  const root = feed.renderRoot as ShadowRoot | undefined;
  const sheet = feedExtrasStyles.styleSheet;
  if (sheet && root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  feed.ticker = new TickerController(feed, {
    isActive: () => feed.layout === 'ticker',
    autoplay: () => feed.tickerAutoplay,
    count: () => feed.items.length,
    intervalMs: () => Math.max(1, feed.tickerSeconds) * 1000,
  });
  // Controllers: the element keeps them, and starts and stops them with itself.
  new RefreshTimer(feed, () => feed.refresh, refresh);
  new ArchiveReader(feed);
}
