/**
 * `news-elements/headless.js`: the pipeline without the elements, for Node, workers and server code (the
 * CLI runs on it). Importing it defines no element and needs no DOM; only XML and HTML inside items need an
 * inert `DOMParser` (in Node, jsdom's).
 */
export { loadFeed, type LoadOptions } from './data/load-feed.js';
export { loadArticle, type ArticleAnswer } from './data/load-article.js';
export { parseSource } from './data/read-source.js';
export type { MergedPage } from './data/merge-pages.js';
export { NewsError, type NewsErrorKind } from './errors.js';
export type { NewsItem, NewsImage, NewsAttachment, NewsPage, SourceFormat } from './sources/types.js';
export type { FormatSetting } from './sources/detect.js';
