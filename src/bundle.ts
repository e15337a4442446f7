import { defineOnDemand } from './internal/define-on-demand.js';
import { NewsFeedElement } from './news-feed/news-feed.js';

/**
 * The entry of `dist/news-elements.js`, the file pages paste: `<news-feed>` registers at once,
 * `<news-article>` (with its sanitizer) loads when the page first uses one. Safe to load more than once.
 */
NewsFeedElement.define();
defineOnDemand('news-article', () =>
  import('./news-article/news-article.js').then((module) => module.NewsArticleElement),
);

export { NewsFeedElement };
