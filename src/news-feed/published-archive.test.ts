import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { archiveItems, PUBLISHED_ARCHIVE, type ArchiveItem } from '../../test/archive-sources.mjs';
import { loadedFeed, shadow, unique } from '../../test/feed-helpers.js';
import type { NewsFeedElement } from './news-feed.js';

/**
 * <news-feed> over a folder `news-elements publish` wrote (150 items, 10 a page: more than a list reads
 * further on its own; the fault server publishes
 * it with the built CLI and serves it as a static host would): a search, a category and the most viewed are
 * answered over the whole archive from its index, reading only the pages that hold what is shown.
 */
const archive = archiveItems(PUBLISHED_ARCHIVE);
const pageCount = Math.ceil(PUBLISHED_ARCHIVE / 10);
const pageName = (n: number) => (n === 1 ? 'feed.json' : `feed-${n}.json`);
const ids = (feed: NewsFeedElement) => feed.items.map((item) => item.id);
const idsOf = (items: ArchiveItem[]) => items.map((item) => item.id);
const requested = async (key: string): Promise<string[]> =>
  (await (await fetch(`/__fault/published/${key}/requests`)).json()) as string[];
const pagesRead = async (key: string) => (await requested(key)).filter((file) => file.startsWith('feed'));

async function publishedFeed(attributes: string) {
  const key = unique('published');
  const feed = await loadedFeed(
    `<news-feed lang="vi" src="/__fault/published/${key}/feed.json" cache="0" ${attributes}></news-feed>`,
  );
  return { key, feed };
}

async function search(feed: NewsFeedElement, words: string) {
  const input = shadow(feed).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.focus();
  input.select();
  await sendKeys({ type: words });
}

describe('<news-feed> over a published static feed', () => {
  it('finds by search an item only on the last page, reading that page alone', async () => {
    const { key, feed } = await publishedFeed('search');
    expect(ids(feed)).to.deep.equal(idsOf(archive.slice(0, 10)));
    expect(await requested(key)).to.deep.equal(['feed.json'], 'nothing but the first page before a question');
    await search(feed, 'quan uy');
    await waitUntil(() => ids(feed).join() === 'tin-1', 'the Quận uỷ item was not found', { timeout: 10000 });
    expect(feed.items[0].title).to.equal('Hội nghị Quận uỷ tổng kết công tác năm');
    const files = await requested(key);
    expect(files.filter((file) => file.startsWith('feed'))).to.deep.equal(['feed.json', pageName(pageCount)]);
    expect(files).to.include('index.json');
    expect(files.some((file) => /^search\.[0-9a-f]{12}\.json$/.test(file))).to.equal(true);
    // Said as any server's answer: the whole archive was searched, not the pages read.
    expect(shadow(feed).querySelector('.coverage')).to.equal(null);
    await feed.updateComplete;
    expect(
      [...shadow(feed).querySelectorAll('[part~="title"] mark')].map((mark) => mark.textContent),
    ).to.deep.equal(['Quận', 'uỷ']);
  });

  it('filters by a category across every page', async () => {
    const { key, feed } = await publishedFeed('category-tabs page-size="5" paging="pages"');
    const notices = archive.filter((item) => item.category === 'Thông báo');
    expect(notices.length).to.be.greaterThan(5);
    const tab = [...shadow(feed).querySelectorAll<HTMLElement>('[role="tab"]')].find(
      (node) => node.textContent!.trim() === 'Thông báo',
    )!;
    tab.click();
    await waitUntil(
      () => ids(feed).join() === idsOf(notices.slice(0, 5)).join(),
      'no notices from the archive',
    );
    expect(feed.pageCount).to.equal(Math.ceil(notices.length / 5));
    // The search text is for searches: a category needs the index alone.
    expect((await requested(key)).some((file) => file.startsWith('search.'))).to.equal(false);
    // The published pages (of 10) that hold them, and nothing else, as the answer goes on.
    const holding = (items: ArchiveItem[]) =>
      new Set(items.map((item) => pageName(Math.floor(archive.indexOf(item) / 10) + 1)));
    expect(new Set(await pagesRead(key))).to.deep.equal(holding(notices.slice(0, 5)));
    await feed.goToPage(2);
    expect(ids(feed)).to.deep.equal(idsOf(notices.slice(5, 10)));
    expect(new Set(await pagesRead(key))).to.deep.equal(holding(notices.slice(0, 10)));
    const last = Math.ceil(notices.length / 5);
    await feed.goToPage(last);
    expect(ids(feed)).to.deep.equal(idsOf(notices.slice((last - 1) * 5)));
    expect(holding(notices).has(pageName(pageCount)), 'a notice on the last page').to.equal(true);
    expect(new Set(await pagesRead(key))).to.deep.equal(holding(notices));
  });

  it('sorts by views across every page, and pages through the answer', async () => {
    const { key, feed } = await publishedFeed('sort="most-viewed" paging="pages"');
    const ranked = [...archive].sort((a, b) => b.views - a.views);
    await waitUntil(() => ids(feed)[0] === ranked[0].id, 'the most viewed of the archive is not first');
    expect(ranked[0].views).to.equal(99_999);
    expect(ids(feed)).to.deep.equal(idsOf(ranked.slice(0, 10)));
    expect(feed.pageCount).to.equal(pageCount);
    await feed.goToPage(pageCount);
    expect(ids(feed)).to.deep.equal(idsOf(ranked.slice(-10)));
    expect(shadow(feed).querySelector('[part~="views"]')!.textContent).to.match(/lượt xem/);
    // Each published page once for the whole answer (the first page maybe twice: the list's own read
    // of it comes first, and the browser's cache may or may not answer the second).
    const read = await pagesRead(key);
    for (let n = 2; n <= pageCount; n++) {
      const name = pageName(n);
      expect(
        read.filter((file) => file === name),
        name,
      ).to.have.length(1);
    }
    expect(read.filter((file) => file === 'feed.json').length).to.be.within(1, 2);
  });
});
