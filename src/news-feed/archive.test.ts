import { expect, waitUntil } from '@open-wc/testing';
import { FIXTURES, loadedFeed, requestCount, shadow, unique } from '../../test/feed-helpers.js';
import type { NewsFeedElement } from './news-feed.js';
import { ARCHIVE_PAGE_CAP } from './archive-cap.js';

const coverage = (feed: NewsFeedElement) => shadow(feed).querySelector('.coverage')?.textContent?.trim();

describe('<news-feed> over a source it cannot ask', () => {
  it('reads the rest of a JSON Feed for a search, and says it covered all of it', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${FIXTURES}/jsonfeed-page-1.json" category="Thông báo" cache="0"></news-feed>`,
    );
    await waitUntil(() => coverage(feed)?.startsWith('Đã xét'), 'never covered');
    expect(coverage(feed)).to.equal(`Đã xét toàn bộ ${feed.page!.items.length} tin của nguồn.`);
    expect(feed.page!.next).to.equal(undefined);
  });

  it(`stops after ${ARCHIVE_PAGE_CAP} further pages, and says how much of the total it read`, async () => {
    const key = unique('archive-cap');
    const feed = await loadedFeed(
      `<news-feed lang="en" src="/__fault/wp/230/${key}?per_page=10" sort="most-viewed" cache="0"></news-feed>`,
    );
    await waitUntil(() => coverage(feed)?.startsWith('Covers'), 'never covered', { timeout: 20000 });
    const read = 10 * (ARCHIVE_PAGE_CAP + 1);
    expect(coverage(feed)).to.equal(`Covers only the newest ${read} of the source’s 230 items.`);
    expect(await requestCount(key)).to.equal(ARCHIVE_PAGE_CAP + 1);
  });
});
