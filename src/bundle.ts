import { defineOnDemand } from './element/define-on-demand.js';
import { importPart } from './util/import-part.js';
import { NewsFeedElement } from './news-feed/news-feed.js';
import * as parts from './parts.js';

/**
 * The entry of `dist/news-elements.js`, the file pages paste: `<news-feed>` registers at once,
 * `<news-article>` (with its sanitizer) loads when the page first uses one. Safe to load more than once.
 */
// The build routes every import() of an on-demand part through this (vite.config.ts, partImports).
(globalThis as Record<symbol, typeof importPart>)[Symbol.for('news-elements.import-part')] ??= importPart;
NewsFeedElement.define();
defineOnDemand('news-article', () => parts.article.load().then((module) => module.NewsArticleElement));

export { NewsFeedElement };
