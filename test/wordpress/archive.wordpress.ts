import { expect, waitUntil } from '@open-wc/testing';
import type { NewsFeedElement } from '../../src/news-feed/news-feed.js';
import { loadedFeed, shadow, texts } from '../feed-helpers.js';
import { allPosts, homeOrder, postsUrl, SAME_ORIGIN, site, titleOf, type RestPost } from './site.js';

const feedMarkup = (attributes: string, base = site.url) =>
  `<news-feed lang="vi" src="${postsUrl(base)}" time-zone="Asia/Ho_Chi_Minh" cache="0" ${attributes}></news-feed>`;

async function restTitles(query: string): Promise<string[]> {
  const response = await fetch(postsUrl(site.url, `per_page=100&${query}`));
  return ((await response.json()) as RestPost[]).map(titleOf);
}

async function search(feed: NewsFeedElement, words: string): Promise<void> {
  const input = shadow(feed).querySelector('input[type="search"]') as HTMLInputElement;
  input.value = words;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const coverage = (feed: NewsFeedElement) => shadow(feed).querySelector('.coverage')?.textContent?.trim();

describe('WordPress: search, categories and most viewed cover the whole archive', () => {
  it('"Tin đọc nhiều" ranks every post, reading the pages WordPress cannot sort, and says so', async () => {
    const posts = await allPosts();
    const byViews = [...posts].sort((a, b) => b.meta.views - a.meta.views);
    const feed = await loadedFeed(feedMarkup('sort="most-viewed" page-size="5" layout="compact"'));
    await waitUntil(() => coverage(feed)?.startsWith('Đã xét'), 'the reading never ended', {
      timeout: 20000,
    });
    expect(texts(feed, 'title')).to.deep.equal(byViews.slice(0, 5).map(titleOf));
    expect(coverage(feed)).to.equal(`Đã xét toàn bộ ${posts.length} tin của nguồn.`);
  });

  it('says what it covered in English too', async () => {
    const feed = await loadedFeed(
      feedMarkup('sort="most-viewed" page-size="5"').replace('lang="vi"', 'lang="en"'),
    );
    await waitUntil(() => coverage(feed)?.startsWith('Covers'), 'the reading never ended', {
      timeout: 20000,
    });
    expect(coverage(feed)).to.equal(`Covers all ${site.published} items of the source.`);
  });

  for (const [origin, base] of [
    ['another origin', site.url],
    ['the same origin', SAME_ORIGIN],
  ] as const) {
    it(`asks WordPress to search every post (${origin}): a post on server page 2 is found`, async () => {
      const posts = await allPosts();
      const wanted = posts.find((post) => titleOf(post).includes('Rạch Đỉa'))!;
      expect(posts.indexOf(wanted)).to.be.greaterThan(site.perPage - 1);
      const feed = await loadedFeed(feedMarkup('search paging="pages"', base));
      await search(feed, 'Rạch Đỉa');
      await waitUntil(() => texts(feed, 'title').includes(titleOf(wanted)), 'not found', { timeout: 20000 });
      expect(texts(feed, 'title')).to.deep.equal(await restTitles('search=R%E1%BA%A1ch%20%C4%90%E1%BB%89a'));
      expect(shadow(feed).textContent).not.to.contain('Không tìm thấy tin phù hợp');
      expect(feed.status).to.equal('ready');
    });
  }

  it('asks WordPress for a category tab: every post of the category, paged by the server', async () => {
    const posts = await allPosts();
    const news = posts.filter((post) => post.categories.includes(posts[0].categories[0]));
    const feed = await loadedFeed(feedMarkup('category-tabs paging="pages" page-size="5"'));
    const tab = [...shadow(feed).querySelectorAll<HTMLButtonElement>('[role="tab"]')].find(
      (button) => button.textContent!.trim() === 'Tin tức - Sự kiện',
    )!;
    tab.click();
    const firstFive = news.slice(0, 5).map(titleOf);
    await waitUntil(() => JSON.stringify(texts(feed, 'title')) === JSON.stringify(firstFive), 'tab', {
      timeout: 20000,
    });
    expect(feed.pageCount).to.equal(Math.ceil(news.length / 5));
    await feed.goToPage(2);
    await feed.updateComplete;
    expect(texts(feed, 'title')).to.deep.equal(news.slice(5, 10).map(titleOf));
  });
});

describe('WordPress: pinned first', () => {
  it('shows the sticky post first on the first page, as the home page does', async () => {
    const posts = await allPosts();
    expect(posts.findIndex((post) => post.sticky)).to.be.greaterThan(site.perPage - 1);
    const feed = await loadedFeed(feedMarkup('paging="pages"'));
    expect(texts(feed, 'title')).to.deep.equal(homeOrder(posts).slice(0, 10).map(titleOf));
    await feed.goToPage(2);
    await feed.updateComplete;
    // Once: not again where its date would put it.
    expect(texts(feed, 'title')).to.deep.equal(homeOrder(posts).slice(10, 20).map(titleOf));
  });

  it('keeps it in its place by date with pinned="inline"', async () => {
    const posts = await allPosts();
    const feed = await loadedFeed(feedMarkup('pinned="inline"'));
    expect(texts(feed, 'title')).to.deep.equal(posts.slice(0, 10).map(titleOf));
  });
});

describe('WordPress: images at the size shown', () => {
  it('downloads one of the sizes WordPress made, not the original', async () => {
    const [newest] = await allPosts();
    const media = (newest._embedded!['wp:featuredmedia'] as { source_url: string }[])[0];
    const feed = await loadedFeed(feedMarkup('pinned="inline" page-size="3"'));
    const image = shadow(feed).querySelector('[part~="image"]') as HTMLImageElement;
    await waitUntil(() => image.complete && image.currentSrc, 'the image never loaded', { timeout: 20000 });
    expect(image.srcset).to.contain(' 300w');
    expect(image.currentSrc).not.to.equal(media.source_url);
    expect(image.naturalWidth).to.be.at.most(768);
    const downloaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(downloaded).not.to.include(media.source_url);
  });
});
