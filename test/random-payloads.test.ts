import { expect } from '@open-wc/testing';
import { NewsError } from '../src/errors.js';
import { isoDay, isoWithOffset } from '../src/i18n/time-zone.js';
import type { NewsArticleElement } from '../src/news-article/news-article.js';
import type { NewsFeedElement } from '../src/news-feed/news-feed.js';
import { parseSource } from '../src/data/read-source.js';
import { storyKey } from '../src/sources/story.js';
import type { NewsItem } from '../src/sources/types.js';
import {
  attrs,
  capturingWarnings,
  echoUrl,
  expectSettled,
  HTML_DATETIME,
  loadedArticle,
  loadedFeed,
  texts,
  uncaughtDuring,
} from './feed-helpers.js';
import { FORMATS, randomPayload } from './random-payloads.js';

const HCM = 'Asia/Ho_Chi_Minh';
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/u;
const ADAPTER_RUNS = 150;
const ELEMENT_RUNS = 4;

/** What every item past the adapter must be, whatever the payload held. */
function expectRenderable(item: NewsItem): void {
  expect(item.id).to.be.a('string').and.not.equal('');
  expect(item.title).to.be.a('string').and.match(VISIBLE);
  for (const date of [item.publishedAt, item.updatedAt]) {
    if (date === undefined) continue;
    for (const zone of [HCM, 'Pacific/Kiritimati', 'Pacific/Pago_Pago', undefined]) {
      expect(isoWithOffset(date, zone)).to.match(HTML_DATETIME);
      expect(isoDay(date, zone)).to.match(HTML_DATETIME);
    }
  }
  if (item.views !== undefined) {
    expect(Number.isSafeInteger(item.views) && item.views >= 0 && !Object.is(item.views, -0)).to.equal(true);
  }
  if (item.url) expect(item.url).to.match(/^(?:https?|mailto|tel):/);
  if (item.image)
    expect(item.image.src).to.match(/^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif|bmp);)/);
  for (const label of [item.category, ...(item.tags ?? []), ...(item.authors ?? [])]) {
    if (label !== undefined) expect(label).to.match(VISIBLE);
  }
}

describe('random payloads in every field of every format', () => {
  for (const format of FORMATS) {
    it(`${format}: the adapter gives renderable items or a NewsError, for ${ADAPTER_RUNS} seeds`, async () => {
      for (let seed = 1; seed <= ADAPTER_RUNS; seed++) {
        const payload = randomPayload(format, seed);
        try {
          const page = await parseSource(payload.body, payload.contentType, 'auto', {
            baseUrl: 'https://phuong.example.vn/tin',
            timeZone: HCM,
            fields: payload.fields,
          });
          page.items.forEach(expectRenderable);
          expect(new Set(page.items.map(storyKey)).size).to.equal(page.items.length);
          if (page.total !== undefined)
            expect(Number.isSafeInteger(page.total) && page.total >= 0).to.equal(true);
        } catch (error) {
          if (!(error instanceof NewsError)) {
            throw new Error(`seed ${seed} of ${format}: ${String(error)}\n${payload.body}`, { cause: error });
          }
        }
      }
    });

    for (let seed = 1; seed <= ELEMENT_RUNS; seed++) {
      it(`${format} seed ${seed}: <news-feed> and <news-article> settle, with nothing uncaught`, async () => {
        const payload = randomPayload(format, seed * 7919);
        const src = echoUrl(payload.body, payload.contentType);
        const fields = payload.fields ? `fields='${JSON.stringify(payload.fields)}'` : '';
        let feed!: NewsFeedElement;
        let article!: NewsArticleElement;
        const uncaught = await uncaughtDuring(() =>
          capturingWarnings(async () => {
            feed = await loadedFeed(
              `<news-feed lang="vi" time-zone="${HCM}" cache="0" ${fields} src="${src}"></news-feed>`,
            );
            // The article of the feed's first story, when it has one, so that its body is sanitized and shown.
            const id = feed.items[0]?.id.replace(/[&"<]/g, '') ?? 'none';
            article = await loadedArticle(
              `<news-article lang="en" cache="0" ${fields} src="${src}" article-id="${id}"></news-article>`,
            );
          }).then(() => undefined),
        );
        expect(uncaught).to.deep.equal([]);
        expectSettled(feed);
        expectSettled(article);
        expect(['ready', 'empty', 'error']).to.include(feed.status);
        expect(['ready', 'not-found', 'error']).to.include(article.status);
        for (const value of attrs(feed, 'date', 'datetime')) expect(value).to.match(HTML_DATETIME);
        for (const title of texts(feed, 'title')) expect(title).to.match(VISIBLE);
        for (const views of texts(feed, 'views')) expect(views).to.not.match(/^-/);
      });
    }
  }
});
