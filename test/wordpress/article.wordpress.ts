import { expect, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { capturingWarnings, loadedArticle as rendered, loadedFeed, shadow } from '../feed-helpers.js';
import { allPosts, postsUrl, SAME_ORIGIN, site, titleOf, type RestPost } from './site.js';

const single = (base = site.url) => `${base}/wp-json/wp/v2/posts/{id}?_embed`;

/** `<news-article>` of post `id`, once it has answered. */
const loadedArticle = (id: number, base = site.url, lang = 'vi'): Promise<NewsArticleElement> =>
  rendered(
    `<news-article lang="${lang}" src="${single(base)}" article-id="${id}" time-zone="Asia/Ho_Chi_Minh" cache="0"></news-article>`,
  );

const part = (article: Element, name: string) => article.shadowRoot!.querySelector(`[part~="${name}"]`);
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const handWritten = (post: RestPost) => !post.excerpt.protected && post.excerpt.rendered.includes('Tóm tắt');

describe('WordPress: no repeated opening', () => {
  it('prints no lead when the excerpt is WordPress’s automatic one, the body’s first words', async () => {
    const post = (await allPosts()).find(
      (candidate) => !handWritten(candidate) && !candidate.excerpt.protected,
    )!;
    const article = await loadedArticle(post.id);
    expect(words(part(article, 'lead')), 'a lead is printed').to.equal('');
    expect(words(part(article, 'body'))).to.match(new RegExp(`^${titleOf(post).slice(0, 20)}`));
  });

  it('prints a hand-written excerpt as the lead', async () => {
    const post = (await allPosts()).find(handWritten)!;
    const article = await loadedArticle(post.id);
    expect(words(part(article, 'lead'))).to.equal(`Tóm tắt của ban biên tập: ${titleOf(post)}.`);
  });
});

describe('WordPress: responsive images in the article body', () => {
  it('keeps the srcset and sizes WordPress writes, every URL a web URL', async () => {
    const article = await loadedArticle(site.withInlineImage);
    const image = part(article, 'body')!.querySelector('img')!;
    const candidates = image
      .getAttribute('srcset')!
      .split(',')
      .map((candidate) => candidate.trim());
    expect(candidates.length).to.be.greaterThan(2);
    for (const candidate of candidates)
      expect(candidate).to.match(/^http:\/\/127\.0\.0\.1:\d+\/wp-content\/\S+ \d+w$/);
    expect(image.getAttribute('sizes')).to.match(/px/);
    await waitUntil(() => image.complete, 'the body image never loaded', { timeout: 20000 });
  });
});

describe('WordPress: protected and unpublished posts', () => {
  it('marks a password-protected post in the list instead of an empty summary', async () => {
    const posts = await allPosts();
    const locked = posts.find((post) => post.id === site.protected)!;
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${postsUrl()}" pinned="inline" cache="0"></news-feed>`,
    );
    const row = [...shadow(feed).querySelectorAll('[part~="item"]')].find(
      (item) => words(item.querySelector('[part~="title"]')) === titleOf(locked),
    )!;
    expect(words(row.querySelector('[part~="summary"]'))).to.equal('Bài viết được bảo vệ bằng mật khẩu.');
  });

  for (const [lang, notice, link] of [
    ['vi', /^Bài viết được bảo vệ bằng mật khẩu\. Đọc bài trên trang gốc$/, 'Đọc bài trên trang gốc'],
    ['en', /^This post is password-protected\. Read it on the site$/, 'Read it on the site'],
  ] as const) {
    it(`says in ${lang} that a protected article is read on the site, with a link to it`, async () => {
      const locked = (await allPosts()).find((post) => post.id === site.protected)!;
      const article = await loadedArticle(site.protected, site.url, lang);
      const box = article.shadowRoot!.querySelector('.notice.locked')!;
      expect(words(box)).to.match(notice);
      const anchor = box.querySelector('a')!;
      expect([words(anchor), anchor.href]).to.deep.equal([link, locked.link]);
    });
  }

  for (const [kind, origin, base] of [
    ['draft', 'another origin', site.url],
    ['scheduled', 'the same origin', SAME_ORIGIN],
  ] as const) {
    it(`says a ${kind} post is not found or not public (${origin}), with no retry`, async () => {
      const id = kind === 'draft' ? site.draft : site.scheduled;
      let article!: NewsArticleElement;
      await capturingWarnings(async () => {
        article = await loadedArticle(id, base);
      });
      expect(article.status).to.equal('not-found');
      expect(words(article.shadowRoot!.querySelector('.not-found'))).to.equal(
        'Không tìm thấy bài viết này, hoặc bài chưa được công khai.',
      );
      expect(part(article, 'retry')?.outerHTML).to.equal(undefined);
    });
  }
});
