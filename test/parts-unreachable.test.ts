import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { capturingWarnings, FIXTURES, requestCount, shadow, texts, unique } from './feed-helpers.js';
import type { NewsArticleElement } from '../src/news-article/news-article.js';
import type { NewsFeedElement } from '../src/news-feed/news-feed.js';
import '../src/define.js';
import { describeNeeds } from './engine.js';

/**
 * Parts that load on demand, when they cannot be downloaded (Chromium blocks the request, as when the network
 * drops): the elements go on without them. This file is a page of its own, so no earlier test has loaded them.
 */
const block = (urls: string[]) => executeServerCommand('block-urls', { urls });

/** The failure notice's text. */
const noticeText = (feed: NewsFeedElement) => shadow(feed).querySelector('.notice span')!.textContent;

/** Lets requests through again and presses the notice's retry; resolves with the `event` that answers it. */
async function retryOnline(feed: NewsFeedElement, event: 'news-load' | 'news-error'): Promise<void> {
  await block([]);
  (shadow(feed).querySelector('[part~="retry"]') as HTMLButtonElement).click();
  await oneEvent(feed, event);
  await feed.updateComplete;
}

describeNeeds('devtools-request-blocking', 'a part that cannot be downloaded', () => {
  afterEach(() => block([]));

  // First: any failing source (the notice's test below answers 404) downloads the backoff, which tells
  // a failure worth retrying from a lasting one. The notice's sentences stay undownloaded for that test.
  it('the retry backoff: the first failure is reported as it is, without retrying', async () => {
    await block(['*/src/data/backoff*', '*/src/i18n/failure-text*']);
    const key = unique('unreachable-backoff');
    const feed = await fixture<NewsFeedElement>(`<news-feed src="/__fault/status/503/${key}"></news-feed>`);
    const { detail } = await oneEvent(feed, 'news-error');
    expect(detail.error.kind).to.equal('http');
    expect(detail.error.status).to.equal(503);
    expect(await requestCount(key)).to.equal(1);
  });

  it("a failure notice's sentences: it says the source cannot be reached, with a retry that brings them", async () => {
    await block(['*/src/i18n/failure-text*']);
    const feed = await fixture<NewsFeedElement>(
      `<news-feed lang="vi" src="/__fault/status/404/unreachable-notice"></news-feed>`,
    );
    await oneEvent(feed, 'news-error');
    await feed.updateComplete;
    const notice = feed.shadowRoot!.querySelector('[part~="status"] .notice')!;
    expect(notice.querySelector('span')!.textContent).to.equal('Không kết nối được tới nguồn tin.');
    expect(notice.querySelector('[part~="retry"]')!.textContent!.trim()).to.equal('Thử lại');
    expect(feed.status).to.equal('error');

    // Once the network is back, a retry brings the sentences: the source's own failure is named.
    await retryOnline(feed, 'news-error');
    expect(noticeText(feed)).to.equal('Nguồn tin báo lỗi 404.');
  });

  // Each of these chunks is the first thing its source needs that the bundle does not hold; the page fetches it
  // for the first time here (RSS, which the next test fetches, carries the named dates).
  for (const [what, chunk, markup] of [
    ['the JSON Feed adapter', 'jsonfeed', `src="${FIXTURES}/jsonfeed-basic.json"`],
    ['the WordPress adapter', 'wordpress', `src="${FIXTURES}/sources/wp-posts.json"`],
    [
      'field overrides on our own JSON',
      'fields',
      `src="${FIXTURES}/native-basic.json" fields='{"views":"stats.luotXem"}'`,
    ],
    [
      'the custom adapter',
      'custom',
      `format="custom" src="${FIXTURES}/sources/custom.json" fields='{"items":"data.danhSach","title":"tieuDe"}'`,
    ],
    ['the description of an unknown format', 'unknown-format', `src="${FIXTURES}/wrong-shape.json"`],
    ['the reader of named dates in our own JSON', 'rss-part', `src="${FIXTURES}/native-rfc822.json"`],
    [
      'date-fns for a source-date-format',
      'source-date-format-reader',
      `source-date-format="dd.MM.yyyy" src="${FIXTURES}/dates-dotted.json"`,
    ],
  ]) {
    it(`${what}: the failure is the network's, not the source's`, async () => {
      await block([`*/src/*/${chunk}.ts*`]);
      const failed = oneEvent(document, 'news-error');
      const feed = await fixture<NewsFeedElement>(`<news-feed lang="en" ${markup}></news-feed>`);
      const { detail } = await failed;
      expect(detail.error.kind).to.equal('network');
      expect(detail.error.message).to.contain(`${chunk}.ts`);
      await feed.updateComplete;
      expect(noticeText(feed)).to.equal('Could not reach the news source.');
    });
  }

  // Dates are not worth losing the list for: they show in the medium form, and the console says why.
  it('date-fns for a date-format pattern: the list shows, with medium dates and a warning', async () => {
    await block(['*/src/*/pattern-support.ts*']);
    let feed!: NewsFeedElement;
    const warnings = await capturingWarnings(async () => {
      const loaded = oneEvent(document, 'news-load');
      feed = await fixture<NewsFeedElement>(
        `<news-feed lang="en" date-format="EEEE dd/MM/yyyy" src="${FIXTURES}/native-basic.json"></news-feed>`,
      );
      await loaded;
      await feed.updateComplete;
    });
    expect(feed.status).to.equal('ready');
    expect(warnings.join('\n')).to.contain('date-format patterns show in the medium form');
    for (const date of texts(feed, 'date')) expect(date).to.match(/\d{4}/);
  });

  it("a source format's reader: the feed says the source cannot be reached, and a retry reads it", async () => {
    await block(['*/src/sources/rss*']);
    const feed = await fixture<NewsFeedElement>(
      `<news-feed lang="vi" src="${FIXTURES}/sources/rss2.xml"></news-feed>`,
    );
    const { detail } = await oneEvent(feed, 'news-error');
    expect(detail.error.kind).to.equal('network');
    expect(detail.error.message).to.contain('could not be downloaded');
    await feed.updateComplete;
    expect(feed.status).to.equal('error');
    expect(noticeText(feed)).to.equal('Không kết nối được tới nguồn tin.');

    await retryOnline(feed, 'news-load');
    expect(feed.status).to.equal('ready');
    expect(texts(feed, 'title').length).to.be.greaterThan(0);
    expect(shadow(feed).querySelector('.notice')).to.equal(null);
  });

  it("the feed's extras: a feed with pages says the source cannot be reached, and a retry shows the pages", async () => {
    await block(['*/src/news-feed/feed-extras*']);
    // The extras are asked for with the element's first update, so the failure comes before `fixture` returns.
    const failed = oneEvent(document, 'news-error');
    const feed = await fixture<NewsFeedElement>(
      `<news-feed lang="en" paging="pages" page-size="2" src="${FIXTURES}/native-basic.json"></news-feed>`,
    );
    const { detail } = await failed;
    expect(detail.error.kind).to.equal('network');
    await feed.updateComplete;
    expect(noticeText(feed)).to.equal('Could not reach the news source.');

    await retryOnline(feed, 'news-load');
    expect(texts(feed, 'title')).to.have.length(2);
    expect(shadow(feed).querySelector('[part~="pager"]')).to.not.equal(null);
  });

  it("none for a numeric date-format: with date-fns' format unreachable, the seed pattern shows at once", async () => {
    await block(['*/src/i18n/format-pattern*', '*/date-fns/format.js*', '*/date-fns/locale/*']);
    const feed = await fixture<NewsFeedElement>(
      `<news-feed lang="vi" time-zone="Asia/Ho_Chi_Minh" date-format="dd/MM/yyyy | HH:mm"
        src="${FIXTURES}/native-basic.json"></news-feed>`,
    );
    await waitUntil(() => feed.status !== 'loading', 'the feed did not load');
    await feed.updateComplete;
    expect(feed.status).to.equal('ready');
    expect(shadow(feed).querySelector('.notice')).to.equal(null);
    expect(texts(feed, 'date').slice(0, 3)).to.deep.equal([
      '21/08/2020 | 17:24',
      '21/08/2020 | 06:30',
      '19/08/2020',
    ]);
  });

  it("the article's extras: the article shows without its related list, and the console says why", async () => {
    await block(['*/src/news-article/article-extras*']);
    let article: NewsArticleElement | undefined;
    const warnings = await capturingWarnings(async () => {
      article = await fixture<NewsArticleElement>(
        `<news-article lang="vi" src="${FIXTURES}/article-feed.json" article-id="bv-2"
          related="${FIXTURES}/article-feed.json"></news-article>`,
      );
      await waitUntil(() => article!.status !== 'loading', 'the article did not load');
      await article.updateComplete;
    });
    expect(article!.status).to.equal('ready');
    expect(article!.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.not.equal('');
    expect(article!.shadowRoot!.querySelector('[part~="related"]')).to.equal(null);
    expect(warnings.join('\n')).to.contain('follow-feed, related and count-url could not be loaded');
  });
});
