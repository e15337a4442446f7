import { expect, fixture, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { NewsFeedElement } from '../news-feed/news-feed.js';
import '../define.js';

/**
 * Failure notices take their sentences from a chunk fetched at a page's first failure. This file is a page of
 * its own: here that chunk cannot be downloaded, as when the network drops with the source.
 */
const block = (urls: string[]) => executeServerCommand('block-urls', { urls });

describe('a failure notice whose strings cannot be downloaded', () => {
  before(() => block(['*/src/i18n/failure-text*']));
  after(() => block([]));

  it('says the source cannot be reached, in the page language, and offers a retry', async () => {
    const feed = await fixture<NewsFeedElement>(
      `<news-feed lang="vi" src="/__fault/status/503/unreachable-notice"></news-feed>`,
    );
    await oneEvent(feed, 'news-error');
    await feed.updateComplete;
    const notice = feed.shadowRoot!.querySelector('[part~="status"] .notice')!;
    expect(notice.querySelector('span')!.textContent).to.equal('Không kết nối được tới nguồn tin.');
    expect(notice.querySelector('[part~="retry"]')!.textContent!.trim()).to.equal('Thử lại');
    expect(feed.status).to.equal('error');
  });
});
