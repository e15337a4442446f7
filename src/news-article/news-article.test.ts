import { expect, fixture, oneEvent } from '@open-wc/testing';
import { capturingWarnings, FIXTURES, loadedArticle } from '../../test/feed-helpers.js';
import type { NewsArticleElement } from './news-article.js';
import '../define.js';

const HCM = 'Asia/Ho_Chi_Minh';
const BASIC = `${FIXTURES}/article-basic.json`;
const FEED = `${FIXTURES}/article-feed.json`;

const root = (article: Element): ShadowRoot => article.shadowRoot as ShadowRoot;
const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (article: Element, name: string): Element | null =>
  root(article).querySelector(`[part~="${name}"]`);
const button = (article: Element, label: string): HTMLElement | undefined =>
  Array.from(root(article).querySelectorAll<HTMLElement>('.toolbar button, .toolbar a')).find(
    (node) => node.getAttribute('aria-label') === label || text(node) === label,
  );

describe('<news-article> showing an article', () => {
  it('takes messages overrides for its own strings and for those it shares with the feed', async () => {
    const article = await loadedArticle(
      `<news-article lang="vi" src="${BASIC}" time-zone="${HCM}" tools="print"></news-article>`,
    );
    article.messages = { published: 'Đăng lúc', viewsLabel: 'Số lượt đọc: {count}', print: 'In trang này' };
    await article.updateComplete;
    expect(text(part(article, 'meta'))).to.equal('Đăng lúc 21/08/2020 | 17:24 | Số lượt đọc: 122');
    expect(button(article, 'In trang này')).to.not.equal(undefined);
  });

  it('shows category, title, the Vietnamese meta line, lead, image, body, files, signature and tags', async () => {
    const article = await loadedArticle(
      `<news-article lang="vi" src="${BASIC}" time-zone="${HCM}"></news-article>`,
    );
    expect(article.status).to.equal('ready');
    expect(text(part(article, 'category'))).to.equal('Tin tức - Sự kiện');
    const title = part(article, 'title')!;
    expect(title.localName).to.equal('h1');
    expect(text(title)).to.equal('Hội nghị trực tuyến quán triệt Nghị quyết Đại hội Đảng bộ Quận lần thứ XI');
    expect(text(part(article, 'meta'))).to.equal('Ngày đăng 21/08/2020 | 17:24 | Lượt xem: 122');
    expect(part(article, 'date')!.getAttribute('datetime')).to.equal('2020-08-21T17:24:00+07:00');
    expect(text(part(article, 'views'))).to.equal('Lượt xem: 122');
    expect(text(part(article, 'lead'))).to.equal(
      'Ban Thường vụ Quận ủy tổ chức hội nghị trực tuyến tới 10 điểm cầu phường.',
    );
    expect(text(root(article).querySelector('.main-image figcaption'))).to.equal(
      'Quang cảnh hội trường Quận ủy',
    );
    const body = part(article, 'body')!;
    expect(text(body.querySelector('figure figcaption'))).to.equal('Toàn cảnh Hội nghị tại điểm cầu Quận ủy');
    expect(text(body.querySelector('td'))).to.equal('Phường Bến Thành');
    expect(body.querySelector('img')!.getAttribute('src')).to.equal(
      new URL(`${FIXTURES}/img/hoi-nghi.svg`, location.href).href,
    );
    expect(body.querySelector('script')).to.equal(null);
    expect((window as { __articleScriptRan?: boolean }).__articleScriptRan).to.equal(undefined);
    const files = Array.from(root(article).querySelectorAll('[part~="attachments"] li'), text);
    expect(files).to.deep.equal(['Kế hoạch số 15-KH/QU (PDF, 1,6 MB)', 'danh-sach.xlsx (XLSX, 800 byte)']);
    expect(text(part(article, 'signature'))).to.equal('BAN TUYÊN GIÁO QUẬN ỦY');
    expect(getComputedStyle(part(article, 'signature')!).textAlign).to.equal('end');
    expect(text(part(article, 'tags'))).to.equal('Từ khóa: Nghị quyết Đại hội Đảng');
  });

  it('writes the meta line and file sizes in English on an English page', async () => {
    const article = await loadedArticle(
      `<news-article lang="en" src="${BASIC}" time-zone="${HCM}"></news-article>`,
    );
    expect(text(part(article, 'meta'))).to.equal('Published Aug 21, 2020 | 5:24 PM | Views: 122');
    expect(text(root(article).querySelector('[part~="attachments"] li'))).to.equal(
      'Kế hoạch số 15-KH/QU (PDF, 1.6 MB)',
    );
    expect(button(article, 'Print')).to.exist;
  });

  it('follows a change of the page language', async () => {
    const article = await loadedArticle(
      `<news-article lang="vi" src="${BASIC}" time-zone="${HCM}"></news-article>`,
    );
    article.setAttribute('lang', 'en');
    await article.updateComplete;
    expect(text(part(article, 'views'))).to.equal('Views: 122');
  });

  it('uses heading-level for the title', async () => {
    const article = await loadedArticle(`<news-article src="${BASIC}" heading-level="2"></news-article>`);
    expect(part(article, 'title')!.localName).to.equal('h2');
  });

  it('announces the article with news-load', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<news-article src="${BASIC}"></news-article>`;
    const loaded = oneEvent(holder.firstElementChild!, 'news-load');
    await fixture(holder);
    const event = (await loaded) as CustomEvent<{ item: { id: string } }>;
    expect(event.detail.item.id).to.equal('bv-122');
  });
});

describe('<news-article> choosing the article', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('picks the item named by article-id from a feed', async () => {
    const article = await loadedArticle(`<news-article src="${FEED}" article-id="bv-2"></news-article>`);
    expect(text(part(article, 'title'))).to.equal('Bài hai: lịch tiếp công dân tháng 9');
    expect(text(part(article, 'body'))).to.equal('Nội dung bài hai.');
  });

  it('reads the id from the page URL, by default from ?id=, or from the parameter id-param names', async () => {
    history.replaceState(null, '', '?id=bv-1&ma=bv-3');
    const byId = await loadedArticle(`<news-article src="${FEED}"></news-article>`);
    expect(byId.item!.id).to.equal('bv-1');
    const byParam = await loadedArticle(`<news-article src="${FEED}" id-param="ma"></news-article>`);
    expect(byParam.item!.id).to.equal('bv-3');
  });

  it('fills {id} in src', async () => {
    const article = await loadedArticle(
      `<news-article src="${FIXTURES}/article-{id}.json" article-id="basic"></news-article>`,
    );
    expect(article.item!.id).to.equal('bv-122');
  });

  it('shows a localized "not found" when the feed has no such id', async () => {
    const warnings = await capturingWarnings(async () => {
      const article = await loadedArticle(
        `<news-article lang="vi" src="${FEED}" article-id="khong-co"></news-article>`,
      );
      expect(article.status).to.equal('not-found');
      expect(text(part(article, 'status'))).to.equal(
        'Không tìm thấy bài viết này. Có thể bài đã bị gỡ hoặc đường dẫn không đúng.',
      );
      expect(part(article, 'title')).to.equal(null);
      expect(article.hasAttribute('aria-busy')).to.equal(false);
    });
    expect(warnings.join()).to.contain('khong-co');
  });

  it('shows "not found" when the page URL has no id, and when the {id} URL answers 404', async () => {
    const noId = await loadedArticle(`<news-article lang="en" src="${FEED}"></news-article>`);
    expect(text(part(noId, 'status'))).to.match(/^This article could not be found/);
    const missing = await loadedArticle(
      `<news-article lang="vi" src="/__fault/status/404?x={id}" article-id="9"></news-article>`,
    );
    expect(missing.status).to.equal('not-found');
    expect(root(missing).querySelector('[part~="retry"]')).to.equal(null);
  });

  it('follows Back and Forward when the id comes from the page URL', async () => {
    history.replaceState(null, '', '?id=bv-1');
    const article = await loadedArticle(`<news-article src="${FEED}"></news-article>`);
    history.pushState(null, '', '?id=bv-2');
    const loaded = oneEvent(article, 'news-load');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await loaded;
    await article.updateComplete;
    expect(text(part(article, 'title'))).to.equal('Bài hai: lịch tiếp công dân tháng 9');
  });
});

describe('<news-article> loading and failing', () => {
  it('shows a skeleton while loading, then the article', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<news-article src="/__fault/delay/400?src=${BASIC}" cache="0"></news-article>`;
    const article = holder.firstElementChild as NewsArticleElement;
    const loaded = oneEvent(article, 'news-load');
    await fixture(holder);
    expect(article.getAttribute('aria-busy')).to.equal('true');
    expect(root(article).querySelector('.skeleton')).to.exist;
    await loaded;
    await article.updateComplete;
    expect(article.hasAttribute('aria-busy')).to.equal(false);
    expect(root(article).querySelector('.skeleton')).to.equal(null);
  });

  it('reports an HTTP error in the page language, with a retry that asks again', async () => {
    const article = await loadedArticle(
      `<news-article lang="vi" src="/__fault/status/404" cache="0"></news-article>`,
    );
    expect(article.status).to.equal('error');
    expect(article.error!.kind).to.equal('http');
    expect(text(part(article, 'status'))).to.equal('Nguồn tin báo lỗi 404. Thử lại');
    const retry = part(article, 'retry') as HTMLButtonElement;
    expect(retry.localName).to.equal('button');
    const again = oneEvent(article, 'news-error');
    retry.click();
    await again;
  });

  it('does not leave the previous article on show when the next one fails to load', async () => {
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}" cache="0"></news-article>`);
    const failing = oneEvent(article, 'news-error');
    article.src = '/__fault/status/404';
    article.articleId = '';
    await failing;
    await article.updateComplete;
    expect(article.status).to.equal('error');
    expect(part(article, 'title')).to.equal(null);
  });

  it('says when the source is not valid JSON', async () => {
    const article = await loadedArticle(
      `<news-article lang="vi" src="${FIXTURES}/truncated.json" cache="0"></news-article>`,
    );
    expect(article.error!.kind).to.equal('parse');
    expect(text(part(article, 'status'))).to.equal('Dữ liệu của nguồn tin bị lỗi, không đọc được. Thử lại');
  });

  it('gives up after timeout seconds', async () => {
    const article = await loadedArticle(
      `<news-article lang="en" src="/__fault/hang" timeout="1" cache="0"></news-article>`,
    );
    expect(article.error!.kind).to.equal('timeout');
    expect(text(part(article, 'status'))).to.equal('The news source took too long to answer. Try again');
  });

  it('shows its fallback content on an error', async () => {
    const article = await loadedArticle(
      `<news-article src="/__fault/status/500" cache="0"><a href="/bai-viet">Đọc bài</a></news-article>`,
    );
    const slot = root(article).querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Đọc bài']);
  });
});

describe('<news-article> is safe from the content it shows', () => {
  it('renders 40+ hostile bodies without running anything or keeping a handler or a dangerous URL', async () => {
    const payloads = (await (await fetch(`${FIXTURES}/xss-payloads.json`)).json()) as {
      title: string;
      payload: string;
    }[];
    expect(payloads.length).to.be.greaterThan(40);
    const fired: string[] = [];
    const win = window as unknown as Record<string, unknown>;
    const saved = { alert: win.alert, confirm: win.confirm, prompt: win.prompt };
    win.__xss = (what: string) => fired.push(String(what));
    win.alert = (what: unknown) => fired.push(`alert ${String(what)}`);
    win.confirm = (what: unknown) => (fired.push(`confirm ${String(what)}`), false);
    win.prompt = (what: unknown) => (fired.push(`prompt ${String(what)}`), null);
    // Links followed in this test would navigate the test page away: stop navigation, keep the handlers.
    const stopNavigation = (event: Event) => event.preventDefault();
    document.addEventListener('click', stopNavigation);
    try {
      const items = payloads.map(({ title, payload }, index) => ({
        id: `x${index}`,
        title,
        contentHtml: payload,
      }));
      const src = URL.createObjectURL(new Blob([JSON.stringify({ items })], { type: 'application/json' }));
      for (const [index, { title }] of payloads.entries()) {
        const article = await loadedArticle(
          `<news-article src="${src}" article-id="x${index}" cache="0"></news-article>`,
        );
        expect(article.status, title).to.equal('ready');
        const body = part(article, 'body')!;
        for (const element of Array.from(body.querySelectorAll<HTMLElement>('*'))) {
          element.focus();
          element.click();
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          for (const name of element.getAttributeNames()) {
            expect(name, `${title}: attribute ${name}`).not.to.match(/^on/i);
            const value = element.getAttribute(name)!.replace(/[\s\p{Cc}]+/gu, '');
            expect(value, `${title}: ${name}`).not.to.match(/^(?:javascript|vbscript):/i);
            if (/^data:/i.test(value)) {
              expect(`${element.localName} ${name} ${value}`, title).to.match(/^img src data:image\//i);
            }
          }
          expect(
            [
              'script',
              'style',
              'iframe',
              'object',
              'embed',
              'form',
              'input',
              'button',
              'base',
              'meta',
              'link',
              'svg',
              'math',
              'template',
            ],
            title,
          ).not.to.include(element.localName);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(fired, title).to.deep.equal([]);
        article.parentElement!.remove();
      }
      URL.revokeObjectURL(src);
    } finally {
      Object.assign(win, saved);
      delete win.__xss;
      document.removeEventListener('click', stopNavigation);
    }
  });

  it('turns an embedded YouTube player into a link, so that nothing loads on its own', async () => {
    const article = await loadedArticle(`<news-article lang="vi" src="${BASIC}"></news-article>`);
    const body = part(article, 'body')!;
    expect(body.querySelector('iframe')).to.equal(null);
    const link = body.querySelector('a.video-link')!;
    expect(link.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(text(link)).to.equal('▶ Xem video trên YouTube');
  });

  it('opens external body links without giving them the opener', async () => {
    const article = await loadedArticle(`<news-article src="${BASIC}"></news-article>`);
    const external = part(article, 'body')!.querySelector('a[href="https://chinhphu.vn/"]')!;
    expect(external.getAttribute('rel')).to.equal('noopener noreferrer');
    const local = part(article, 'body')!.querySelector('a[href$="/van-ban/15-kh-qu"]')!;
    expect(local.hasAttribute('target')).to.equal(false);
  });
});
