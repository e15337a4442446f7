import { NewsFeedElement } from './news-feed/news-feed.js';

/** Registers every element under its default name; the bundles' entry. Safe to load more than once. */
NewsFeedElement.define();

export { NewsFeedElement };
