import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { capturingWarnings, FIXTURES, requestCount, unique } from '../../test/feed-helpers.js';
import type { NewsArticleElement } from '../news-article/news-article.js';
import type { NewsFeedElement } from '../news-feed/news-feed.js';
import '../define.js';

/**
 * Parts that load on demand, when they cannot be downloaded (Chromium blocks the request, as when the network
 * drops): the elements go on without them. This file is a page of its own, so no earlier test has loaded them.
 */
const block = (urls: string[]) => executeServerCommand('block-urls', { urls });

describe('a part that cannot be downloaded', () => {
  afterEach(() => block([]));

  it("a failure notice's sentences: it says the source cannot be reached, in the page language, with a retry", async () => {
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
  });

  it('the retry backoff: the first failure is reported as it is, without retrying', async () => {
    await block(['*/src/data/backoff*']);
    const key = unique('unreachable-backoff');
    const feed = await fixture<NewsFeedElement>(`<news-feed src="/__fault/status/503/${key}"></news-feed>`);
    const { detail } = await oneEvent(feed, 'news-error');
    expect(detail.error.kind).to.equal('http');
    expect(detail.error.status).to.equal(503);
    expect(await requestCount(key)).to.equal(1);
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
