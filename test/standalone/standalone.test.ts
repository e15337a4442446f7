import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../open-page.js';

/**
 * The one-file builds served alone (test/standalone/standalone-server.mjs: nothing else exists in their
 * folder) in a ward page that uses every feature. Every part the split build loads on demand must already be
 * inside the file: a request for anything beside it is a 404 there, and the page would lose that feature.
 */
type Loaded = HTMLElement & {
  status: string;
  updateComplete: Promise<unknown>;
  error?: { message: string };
};
type PageWindow = Window & {
  pageErrors: string[];
  NewsElements?: Record<string, unknown>;
  Document: typeof Document;
};

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const texts = (element: Element, selector: string) =>
  [...element.shadowRoot!.querySelectorAll(selector)].map((node) => clean(node.textContent));

for (const [kind, file] of [
  ['module', 'news-elements.standalone.js'],
  ['classic', 'news-elements.standalone.iife.js'],
] as const) {
  describe(`dist/${file}, alone in its folder`, () => {
    let frame: HTMLIFrameElement;
    let win: PageWindow;
    let doc: Document;
    const element = (id: string) => doc.getElementById(id) as Loaded;

    before(async function () {
      this.timeout(30_000);
      ({ frame, win, doc } = await openPage<PageWindow>(
        `/standalone/${kind}.html`,
        'width:1200px;height:900px',
      ));
      const settled = () =>
        [...doc.querySelectorAll<Loaded>('news-feed, news-article')].every(
          (node) => node.status && node.status !== 'loading',
        );
      // The failing source is retried with backoff before its notice shows: seconds, not milliseconds.
      await waitUntil(settled, 'every element answered', { timeout: 25_000 });
      await Promise.all(
        [...doc.querySelectorAll<Loaded>('news-feed, news-article')].map((n) => n.updateComplete),
      );
    });
    after(() => frame.remove());

    it('registers both elements at once and throws nothing', () => {
      expect(win.pageErrors).to.deep.equal([]);
      expect(win.customElements.get('news-feed')).to.be.a('function');
      expect(win.customElements.get('news-article')).to.be.a('function');
      if (kind === 'classic') expect(win.NewsElements!.NewsFeedElement).to.be.a('function');
    });

    it('paging, search, tabs and a pattern date on our JSON', async () => {
      const feed = element('native');
      expect(feed.status).to.equal('ready');
      expect(texts(feed, '[part~="item"]')).to.have.length(2);
      expect(texts(feed, '[part~="date"]')[0]).to.equal('21/08/2020 | 17:24');
      expect(texts(feed, '[part~="pager"] [aria-current="page"]')).to.deep.equal(['1']);
      expect(feed.shadowRoot!.querySelectorAll('[role="tab"]').length).to.be.greaterThan(1);
      const search = feed.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'so ket';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => texts(feed, '[part~="title"]').length === 1, 'the search filtered the list');
      expect(texts(feed, '[part~="title"]')[0]).to.contain('sơ kết');
    });

    it('JSON Feed with a "Xem thêm" button that loads its next page', async () => {
      const feed = element('jsonfeed');
      expect(texts(feed, '[part~="title"]')).to.deep.equal(['Thông báo số 1', 'Thông báo số 2']);
      feed.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pager"] button')!.click();
      await waitUntil(() => texts(feed, '[part~="title"]').length > 2, 'the next page was appended');
      expect(texts(feed, '[part~="title"]')[2]).to.not.equal('');
    });

    it('RSS in a ticker, WordPress paged by its headers, custom JSON and a source date pattern', () => {
      expect(element('ticker').status).to.equal('ready');
      expect(texts(element('ticker'), '[part~="title"]')[0]).to.equal('Họp dân & lấy ý kiến khu phố 3');
      const wordpress = element('wordpress');
      expect(texts(wordpress, '[part~="title"]')).to.deep.equal([
        'Bài viết số 7',
        'Bài viết số 6',
        'Bài viết số 5',
      ]);
      expect(texts(wordpress, '[part~="pager"] a, [part~="pager"] button')).to.include('3');
      const custom = element('custom');
      expect(texts(custom, '[part~="title"]')).to.deep.equal(['Tin tức - Sự kiện: Hội nghị']);
      expect(texts(custom, '[part~="views"]')).to.deep.equal(['1.234 lượt xem']);
      expect(texts(element('dotted'), '[part~="date"]')).to.deep.equal(['21/08/2020 17:24']);
    });

    it('two sources merged, most viewed first', () => {
      const merged = element('merged');
      expect(merged.status).to.equal('ready');
      expect(texts(merged, '[part~="title"]').length).to.be.greaterThan(5);
    });

    it("a failing source's own sentence after its retries, and an unknown format named", async () => {
      expect(element('failing').status).to.equal('error');
      expect(texts(element('failing'), '[part~="status"] .notice span')).to.deep.equal([
        'Nguồn tin báo lỗi 500.',
      ]);
      const count = await (await fetch(`/__fault/count/standalone-${kind}-500`)).json();
      expect(count.count, 'the source was retried').to.be.greaterThan(1);
      expect(element('unknown').status).to.equal('error');
      expect(element('unknown').error!.message).to.contain('rss');
    });

    it(`the article, its sanitized body (${kind === 'classic' ? 'DOMPurify' : 'the HTML Sanitizer API'}) and related news`, () => {
      const article = element('article');
      expect(article.status).to.equal('ready');
      if (kind === 'classic') expect('parseHTML' in win.Document, 'no HTML Sanitizer API').to.equal(false);
      const body = article.shadowRoot!.querySelector('[part~="body"]')!;
      expect(clean(body.textContent)).to.contain('Chiều ngày 21/8/2020');
      expect(body.querySelectorAll('script, [onerror], [onclick]').length).to.equal(0);
      expect(body.querySelector('figcaption')).to.not.equal(null);
      expect(article.shadowRoot!.querySelector('[part~="related"]')).to.not.equal(null);
    });

    it('asks for nothing but itself: no other script, nothing beside it', async () => {
      const requested: string[] = await (await fetch(`/alone/requests/${kind}`)).json();
      // Firefox's and WebKit's preload scanners fetch the script, and the parser fetches it again: this test
      // server sends it no-store, so the first answer cannot be reused. Still only the one file.
      expect([...new Set(requested)]).to.deep.equal([`/alone/${kind}/${file}`]);
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\.m?js$/.test(path));
      expect(scripts.filter((path) => !path.startsWith('/standalone/'))).to.deep.equal([
        `/alone/${kind}/${file}`,
      ]);
    });
  });
}
