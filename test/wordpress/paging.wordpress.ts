import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { forgetSharedRequests } from '../../src/data/shared-requests.js';
import type { NewsFeedElement } from '../../src/news-feed/news-feed.js';
import { capturingWarnings, loadedFeed, shadow, texts } from '../feed-helpers.js';
import {
  allPosts,
  editSite,
  homeOrder,
  postsUrl,
  SAME_ORIGIN,
  site,
  startService,
  stopService,
  titleOf,
  type Service,
} from './site.js';

const pagerLabels = (feed: NewsFeedElement) =>
  [...shadow(feed).querySelectorAll('.pager .page')].map((button) => button.textContent!.trim());

const pageButton = (feed: NewsFeedElement, label: string) =>
  [...shadow(feed).querySelectorAll<HTMLButtonElement>('.pager .page')].find(
    (button) => button.textContent!.trim() === label,
  )!;

/** The end of a visit: the element leaves, and so does what the page held in memory. */
async function leave(feed: NewsFeedElement): Promise<void> {
  // The stored copy is written a task after the list shows.
  await new Promise((resolve) => setTimeout(resolve, 50));
  feed.remove();
  forgetSharedRequests();
}

const feedMarkup = (src: string, attributes = '') =>
  `<news-feed lang="vi" src="${src}" time-zone="Asia/Ho_Chi_Minh" ${attributes}></news-feed>`;

describe('WordPress: the second visit is the first visit', () => {
  it('pages the same from a fresh stored copy: the pager and "Xem thêm" stay', async () => {
    const src = postsUrl(site.url, 'per_page=5');
    const pages = Math.ceil(site.published / 5);
    const first = await loadedFeed(feedMarkup(src, 'paging="pages" page-size="5" cache="300"'));
    const firstPager = pagerLabels(first);
    expect(firstPager.at(-2)).to.equal(String(pages));
    expect(first.pageCount).to.equal(pages);
    await leave(first);

    const again = await loadedFeed(feedMarkup(src, 'paging="pages" page-size="5" cache="300"'));
    expect(pagerLabels(again)).to.deep.equal(firstPager);
    expect(again.pageCount).to.equal(pages);
    await leave(again);

    const more = await loadedFeed(feedMarkup(src, 'paging="more" page-size="5" cache="300"'));
    expect(shadow(more).querySelector('.more')?.textContent?.trim()).to.equal('Xem thêm');
  });

  it('pages the same from a stale stored copy revalidated by the network', async () => {
    const src = postsUrl(site.url, 'per_page=5');
    const first = await loadedFeed(feedMarkup(src, 'paging="pages" page-size="5" cache="1"'));
    const firstPager = pagerLabels(first);
    await leave(first);
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const holder = document.createElement('div');
    holder.innerHTML = feedMarkup(src, 'paging="pages" page-size="5" cache="1"');
    const again = holder.firstElementChild as NewsFeedElement;
    const stored = oneEvent(again, 'news-load');
    document.body.append(holder);
    expect((await stored).detail.stored).to.equal(true);
    await again.updateComplete;
    expect(pagerLabels(again)).to.deep.equal(firstPager);
    // The network's answer, the same as the copy, changes nothing.
    await waitUntil(() => !again.hasAttribute('aria-busy') && again.status === 'ready');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pagerLabels(again)).to.deep.equal(firstPager);
    holder.remove();
  });

  it('takes a fresh answer with the same items but other paging', async () => {
    const src = postsUrl(site.url, 'per_page=5');
    const first = await loadedFeed(feedMarkup(src, 'paging="pages" page-size="5" cache="1"'));
    expect(first.pageCount).to.equal(Math.ceil(site.published / 5));
    await leave(first);
    await editSite('unpublish-oldest');
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const holder = document.createElement('div');
      holder.innerHTML = feedMarkup(src, 'paging="pages" page-size="5" cache="1"');
      const again = holder.firstElementChild as NewsFeedElement;
      const loads: boolean[] = [];
      again.addEventListener('news-load', (event) => loads.push(event.detail.stored));
      document.body.append(holder);
      // The stored copy first, then the network's: the same five posts, one post fewer on the site.
      await waitUntil(() => loads.length === 2, 'the fresh answer was thrown away as unchanged');
      expect(loads).to.deep.equal([true, false]);
      expect(again.pageCount).to.equal(Math.ceil((site.published - 1) / 5));
      holder.remove();
    } finally {
      await editSite('republish');
    }
  });
});

describe('WordPress: a failed page never empties the list', () => {
  const faults: [string, string, Service, RegExp][] = [
    ['another origin, Apache down', site.url, 'apache', /Không kết nối được/],
    ['the same origin, PHP-FPM down (503)', SAME_ORIGIN, 'php-fpm', /lỗi 503/],
    ['the same origin, MariaDB down (500)', SAME_ORIGIN, 'mariadb', /lỗi 500/],
  ];
  for (const [name, base, service, notice] of faults) {
    it(`keeps the page shown, says why by the pager, and retries: ${name}`, async () => {
      const posts = homeOrder(await allPosts());
      const feed = await loadedFeed(feedMarkup(postsUrl(base), 'paging="pages" cache="0"'));
      const firstPage = texts(feed, 'title');
      expect(firstPage).to.deep.equal(posts.slice(0, 10).map(titleOf));
      await stopService(service);
      await capturingWarnings(async () => {
        const failed = oneEvent(feed, 'news-error');
        pageButton(feed, '3').click();
        await failed;
        await feed.updateComplete;
      });
      expect(texts(feed, 'title')).to.deep.equal(firstPage);
      expect(feed.status).to.equal('error');
      expect(feed.error?.kind).to.equal(service === 'apache' ? 'network' : 'http');
      const pageNotice = shadow(feed).querySelector('.page-status .notice');
      expect(pageNotice?.textContent).to.match(notice);
      // By the pager, not at the top of the list.
      expect(shadow(feed).querySelector('.status:not(.page-status) .notice')?.textContent).to.equal(
        undefined,
      );
      expect(pagerLabels(feed)).to.include('3');
      expect(pageButton(feed, '1').getAttribute('aria-current')).to.equal('page');

      await startService(service);
      const loaded = waitUntil(() => texts(feed, 'title')[0] === titleOf(posts[20]), 'page 3 never came', {
        timeout: 20000,
      });
      (pageNotice!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
      await loaded;
      expect(texts(feed, 'title')).to.deep.equal(posts.slice(20, 30).map(titleOf));
      expect(feed.status).to.equal('ready');
      expect(feed.error).to.equal(undefined);
      expect(shadow(feed).querySelector('.notice')?.textContent).to.equal(undefined);
      expect(pageButton(feed, '3').getAttribute('aria-current')).to.equal('page');
    });
  }

  it('outlasts a web server that restarts in 3 s: no error at all', async () => {
    const posts = homeOrder(await allPosts());
    const feed = await loadedFeed(feedMarkup(postsUrl(site.url), 'paging="pages" cache="0"'));
    const errors: unknown[] = [];
    feed.addEventListener('news-error', (event) => errors.push(event.detail.error));
    await stopService('apache');
    const restarted = new Promise((resolve) => setTimeout(resolve, 3000)).then(() => startService('apache'));
    pageButton(feed, '2').click();
    await waitUntil(() => texts(feed, 'title')[0] === titleOf(posts[10]), 'page 2 never came', {
      timeout: 20000,
    });
    await restarted;
    expect(errors).to.deep.equal([]);
    expect(feed.status).to.equal('ready');
  });

  it('goes back to ready when a background refresh finds the server again', async () => {
    const feed = await loadedFeed(feedMarkup(postsUrl(site.url), 'paging="pages" cache="0" refresh="3"'));
    await stopService('apache');
    await capturingWarnings(async () => {
      const failed = oneEvent(feed, 'news-error');
      pageButton(feed, '2').click();
      await failed;
    });
    expect(feed.status).to.equal('error');
    await startService('apache');
    await waitUntil(() => feed.status === 'ready' && !feed.error, 'the refresh did not recover', {
      timeout: 20000,
    });
    await feed.updateComplete;
    expect(shadow(feed).querySelector('.notice')?.textContent).to.equal(undefined);
  });

  it('keeps the page the visitor went on to when a background refresh brings the first page', async () => {
    const posts = homeOrder(await allPosts());
    const feed = await loadedFeed(feedMarkup(postsUrl(site.url), 'paging="pages" cache="0" refresh="2"'));
    await feed.goToPage(2);
    await feed.updateComplete;
    const refreshed = oneEvent(feed, 'news-load');
    // A refresh whose first page differs from what is shown: the oldest post leaves the site.
    await editSite('unpublish-oldest');
    try {
      await refreshed;
      await feed.updateComplete;
      expect(feed.currentPage).to.equal(2);
      expect(texts(feed, 'title')).to.deep.equal(posts.slice(10, 20).map(titleOf));
    } finally {
      await editSite('republish');
    }
  });
});
