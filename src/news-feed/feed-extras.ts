/**
 * What only some feeds use: paging, categories and their tabs, search, the ticker and background refresh,
 * with their styles. `<news-feed>` imports this chunk when an attribute asks for one of them, so a plain list
 * does not download it.
 */
export { renderCategoryTabs, renderMoreButton, renderPager, renderSearchBox } from './feed-controls.js';
export { feedExtrasStyles } from './feed-extras.styles.js';
export { categoriesOf, inCategory, matching, searchWords } from './filter-items.js';
export { highlighted } from './highlight.js';
export { RefreshTimer } from './refresh-timer.js';
export { renderTicker, TickerController } from './ticker.js';
