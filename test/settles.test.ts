import { expect } from '@open-wc/testing';
import type { NewsArticleElement } from '../src/news-article/news-article.js';
import type { NewsFeedElement } from '../src/news-feed/news-feed.js';
import {
  capturingWarnings,
  echoUrl,
  expectSettled,
  FIXTURES,
  loadedArticle,
  loadedFeed,
  uncaughtDuring,
  unique,
} from './feed-helpers.js';

const item = (extra: object) => ({ id: 'x', title: 'Tin', contentHtml: '<p>Nội dung.</p>', ...extra });

/**
 * Every way a source can settle, each with the attributes that lead there and the status each element
 * must end in: never the skeleton, never busy, always something to read.
 */
const PATHS: [name: string, attributes: () => string, feed: string, article: string][] = [
  ['a 404', () => `src="/__fault/status/404/${unique()}"`, 'error', 'error'],
  ['a server that keeps failing', () => `src="/__fault/status/503/${unique()}"`, 'error', 'error'],
  ['a source that never answers', () => `timeout="1" src="/__fault/hang/${unique()}"`, 'error', 'error'],
  ['a refused connection', () => `src="http://127.0.0.1:9/tin.json"`, 'error', 'error'],
  ['truncated JSON', () => `src="${FIXTURES}/truncated.json"`, 'error', 'error'],
  ['JSON of no known shape', () => `src="${FIXTURES}/wrong-shape.json"`, 'error', 'error'],
  ['malformed XML', () => `src="${FIXTURES}/sources/broken.xml"`, 'error', 'error'],
  ['an HTML page', () => `src="${FIXTURES}/sources/page.html"`, 'error', 'error'],
  [
    'an XML root that is no feed',
    () => `src="${echoUrl('<feed xmlns="urn:x"><entry/></feed>', 'application/xml')}"`,
    'error',
    'error',
  ],
  ['a feed without items', () => `src="${FIXTURES}/native-empty.json"`, 'empty', 'not-found'],
  [
    'a feed whose every item is dropped',
    () => `src="${echoUrl({ items: [{ id: 'x' }, item({ publishedAt: '32/13/2020' })] })}"`,
    'empty',
    'not-found',
  ],
  [
    'an item dated the largest Date',
    () => `src="${echoUrl({ items: [item({ publishedAt: 8.64e15 }), item({ id: 'y' })] })}"`,
    'ready',
    'not-found',
  ],
  [
    'an item updated at the largest Date',
    () => `src="${echoUrl({ items: [item({ updatedAt: 8.64e15 })] })}"`,
    'ready',
    'ready',
  ],
  [
    'custom fields that find no items',
    () => `format="custom" fields='{"items":"data.none"}' src="${FIXTURES}/native-basic.json"`,
    'error',
    'error',
  ],
  [
    'a field path that is no path',
    () => `fields='{"title":"a[b"}' src="${echoUrl({ items: [item({})] })}"`,
    'error',
    'error',
  ],
  ['an unknown format', () => `format="bogus" src="${FIXTURES}/native-basic.json"`, 'error', 'error'],
  // Names every object has: not formats either.
  [
    'a format named toString',
    () => `format="toString" src="${FIXTURES}/native-basic.json"`,
    'error',
    'error',
  ],
  [
    'a format named constructor',
    () => `format="constructor" src="${FIXTURES}/sources/wp-posts.json"`,
    'error',
    'error',
  ],
  [
    'an unknown time zone',
    () => `time-zone="Asia/Hà_Nội" src="${echoUrl({ items: [item({ publishedAt: '2020-08-21' })] })}"`,
    'ready',
    'ready',
  ],
  [
    'a date format date-fns refuses',
    () =>
      `date-format="YYYY-ww" src="${echoUrl({ items: [item({ publishedAt: '2020-08-21T10:24:00Z' })] })}"`,
    'ready',
    'ready',
  ],
  [
    'a source date format date-fns refuses',
    () => `source-date-format="yyyy((" src="${echoUrl({ items: [item({ publishedAt: '21/08/2020' })] })}"`,
    'ready',
    'ready',
  ],
];

describe('<news-feed> and <news-article> never stay on their skeleton once the source settled', () => {
  for (const [name, attributes, feedStatus, articleStatus] of PATHS) {
    it(`after ${name}`, async () => {
      let feed!: NewsFeedElement;
      let article!: NewsArticleElement;
      const uncaught = await uncaughtDuring(() =>
        capturingWarnings(async () => {
          // Both at once: a source that never answers keeps each for its retries' timeouts.
          [feed, article] = await Promise.all([
            loadedFeed(`<news-feed lang="vi" cache="0" ${attributes()}></news-feed>`),
            loadedArticle(`<news-article lang="en" cache="0" article-id="x" ${attributes()}></news-article>`),
          ]);
        }).then(() => undefined),
      );
      expect(uncaught).to.deep.equal([]);
      expectSettled(feed);
      expectSettled(article);
      expect([feed.status, article.status]).to.deep.equal([feedStatus, articleStatus]);
    });
  }
});
