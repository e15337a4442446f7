import { NewsArticleElement } from './news-article/news-article.js';
import { NewsFeedElement } from './news-feed/news-feed.js';

/** Registers every element under its default name; the bundles' entry. Safe to load more than once. */
NewsFeedElement.define();
NewsArticleElement.define();

export { NewsArticleElement, NewsFeedElement };
