import { expect } from '@open-wc/testing';
import { loadedFeed, texts } from '../feed-helpers.js';
import { allPosts, homeOrder, postsUrl, SAME_ORIGIN, site, titleOf } from './site.js';

describe('a real WordPress', () => {
  for (const [origin, base] of [
    ['another origin', site.url],
    ['the same origin', SAME_ORIGIN],
  ] as const) {
    it(`is read from ${origin}: the first page as the home page shows it, titles as written`, async () => {
      const posts = await allPosts();
      const feed = await loadedFeed(
        `<news-feed lang="vi" src="${postsUrl(base)}" time-zone="Asia/Ho_Chi_Minh" cache="0"></news-feed>`,
      );
      expect(feed.status).to.equal('ready');
      expect(texts(feed, 'title')).to.deep.equal(homeOrder(posts).slice(0, site.perPage).map(titleOf));
    });
  }
});
