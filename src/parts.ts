import { chunkUnavailable } from './errors.js';
import { lazyModule, type LazyModule } from './util/lazy-module.js';

/**
 * Every part of news-elements that a page downloads only when it needs it: where it is, and in its comment
 * what it holds and when a page needs it (`what | when`, on one line: the build reads it). This is the one module with `import()`; every other module asks for a part
 * here, by name (`import * as parts`, then `parts.rss.load()`, or `parts.rss.loaded` once it is here). A part that cannot be
 * downloaded rejects with a NewsError, `network` (a retry may bring it) or `setup` (the site lacks the file;
 * see util/import-part.ts); what to do without it is the caller's decision.
 *
 * The build reads this table (vite.config.ts, `partsManifest`): `dist/parts.json` names each part's file,
 * and the size report and the tests that fail every part's download go through that list. Adding a part is
 * one line here. Which modules share a file is the build's decision (`PART_GROUPS` in vite.config.ts).
 */
/** The `<news-article>` element and its sanitizer | a page shows a `<news-article>` */
export const article = part(() => import('./news-article/news-article.js'));
/** Taking over HTML that `news-elements publish` pre-rendered | a page holds such HTML */
export const takeOver = part(() => import('./element/take-over.js'));
/** follow-feed, related and count-url | an article has one of those attributes */
export const articleExtras = part(() => import('./news-article/article-extras.js'));
/** Paging, search, category tabs, ticker, background refresh | a feed asks for one */
export const feedExtras = part(() => import('./news-feed/feed-extras.js'));
/** Pinned items asked of the source's server (WordPress's sticky posts) | a feed whose server lists them */
export const pinned = part(() => import('./news-feed/pinned.js'));
/** Console sentences for attribute values a feed does not know | a feed has such a value */
export const attributeWarnings = part(() => import('./news-feed/attribute-warnings.js'));
/** The sentences of failure notices | a page shows its first failure */
export const failureText = part(() => import('./i18n/failure-text.js'));
/** date-fns `format` and its locales | a date-format pattern with names (`EEEE, dd/MM/yyyy`) */
export const datePattern = part(() => import('./i18n/pattern-support.js'));
/** The JSON Feed adapter | a JSON Feed source */
export const jsonfeed = part(() => import('./sources/jsonfeed.js'));
/** The WordPress REST adapter | a WordPress source */
export const wordpress = part(() => import('./sources/wordpress.js'));
/** RSS/Atom adapter, named dates (RFC 822), legacy encodings | an XML or non-UTF-8 source, or such a date */
export const rss = part(() => import('./sources/rss-part.js'));
/** The adapter of any JSON described by `fields` | format="custom", or page-level `fields` */
export const custom = part(() => import('./sources/custom.js'));
/** Single-field overrides | a source with a `fields` attribute */
export const fieldOverrides = part(() => import('./sources/fields.js'));
/** date-fns `parse`, for `source-date-format` | a source-date-format attribute */
export const sourcePattern = part(() => import('./sources/dates/source-date-format-reader.js'));
/** What a source in no known format holds instead | such a source */
export const unknownFormat = part(() => import('./sources/unknown-format.js'));
/** Retries with backoff, and `Retry-After` | a request fails */
export const backoff = part(() => import('./data/backoff.js'));
/** Dropping the oldest stored copies | the browser's storage is full */
export const makeRoom = part(() => import('./data/make-room.js'));
/** DOMPurify with our allow-list | an article, in a browser without the HTML Sanitizer API */
export const purify = part(() => import('./sanitize/sanitize-purify.js'));

function part<M>(importer: () => Promise<M>): LazyModule<M> {
  return lazyModule(() => importer().catch(chunkUnavailable));
}
