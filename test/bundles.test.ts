import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { meets } from './engine.js';

/**
 * What a CMS editor does: paste the built bundles (`npm run build` runs before the tests) into a page whose
 * own styles are hostile, possibly twice. No test here imports the source.
 */
function addScript(attributes: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    Object.entries(attributes).forEach(([name, value]) => script.setAttribute(name, value));
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${attributes.src}`));
    document.head.append(script);
  });
}

const errors: unknown[] = [];
window.addEventListener('error', (event) => errors.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(event.reason));

describe('the built bundles pasted into a page', () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = `html{font-size:62.5%} body{letter-spacing:4px;text-transform:uppercase;text-align:right}
      li{float:left} a{color:lime} h3{font-size:40px}`;
    document.head.append(style);
    await addScript({ type: 'module', src: '/dist/news-elements.js' });
    await addScript({ src: '/dist/news-elements.iife.js' });
    await addScript({ type: 'module', src: '/dist/news-elements.js?again' });
    await addScript({ src: '/dist/news-elements.iife.js?again' });
  });

  it('registers both builds, loaded twice each, without throwing', () => {
    expect(errors).to.deep.equal([]);
    expect(customElements.get('news-feed')).to.be.a('function');
  });

  it('renders a readable list that the host page styles do not reach', async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed lang="vi" src="/test/fixtures/native-basic.json" time-zone="Asia/Ho_Chi_Minh"
      date-format="dd/MM/yyyy | HH:mm"></news-feed>`;
    const feed = holder.firstElementChild as HTMLElement;
    await oneEvent(feed, 'news-load');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const root = feed.shadowRoot!;
    const items = root.querySelectorAll<HTMLElement>('[part~="item"]');
    expect(items).to.have.length(5);
    const title = root.querySelector<HTMLElement>('[part~="title"]')!;
    const titleStyle = getComputedStyle(title);
    expect(titleStyle.letterSpacing).to.equal('normal');
    expect(titleStyle.textTransform).to.equal('none');
    expect(['start', 'left']).to.include(titleStyle.textAlign);
    expect(titleStyle.fontSize).to.equal('18px');
    expect(getComputedStyle(items[0]).cssFloat).to.equal('none');
    // Items stack: each starts below the previous one, full width.
    const [first, second] = [items[0].getBoundingClientRect(), items[1].getBoundingClientRect()];
    expect(second.top).to.be.greaterThan(first.bottom - 1);
    expect(Math.round(first.width)).to.equal(Math.round(feed.getBoundingClientRect().width));
    expect(root.querySelector('[part~="date"]')!.textContent).to.equal('21/08/2020 | 17:24');
  });

  it('lets the page theme it through --news-* custom properties', async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed style="--news-accent: rgb(0, 90, 160); --news-font-size: 20px"
      src="/test/fixtures/native-basic.json"></news-feed>`;
    const feed = holder.firstElementChild as HTMLElement;
    await oneEvent(feed, 'news-load');
    const root = feed.shadowRoot!;
    expect(getComputedStyle(root.querySelector('[part~="category"]')!).color).to.equal('rgb(0, 90, 160)');
    expect(getComputedStyle(root.querySelector('[part~="title"]')!).fontSize).to.equal('22.5px');
  });
});

describe('what a page with the bundle downloads', () => {
  const loaded = () => performance.getEntriesByType('resource').map((entry) => entry.name);

  it('loads no article code, sanitizer, other formats, field mapping, feed extras or failure strings for a plain feed of our JSON', () => {
    const names = loaded().filter((name) => name.includes('/dist/'));
    expect(names.some((name) => name.includes('/dist/news-elements.js'))).to.equal(true);
    expect(
      names.filter((name) =>
        /news-article|purify|rss|jsonfeed|fields|feed-extras|backoff|unknown-format|failure-text/.test(name),
      ),
    ).to.deep.equal([]);
  });

  it("fetches a failure's own sentence at the first failure, and shows it by updateComplete", async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed lang="vi" src="/__fault/status/500/bundle-notice"></news-feed>`;
    const feed = holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await oneEvent(feed, 'news-error');
    await feed.updateComplete;
    const notice = feed.shadowRoot!.querySelector('[part~="status"] .notice span')!;
    expect(notice.textContent).to.equal('Nguồn tin báo lỗi 500.');
    expect(loaded().some((name) => /\/dist\/failure-text-/.test(name))).to.equal(true);
  });

  it('never shows another category while the filtering code is on its way', async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed lang="vi" src="/test/fixtures/native-basic.json"></news-feed>`;
    const feed = holder.firstElementChild as HTMLElement & {
      updateComplete: Promise<unknown>;
      category: string;
    };
    await oneEvent(feed, 'news-load');
    const categories = () =>
      [...feed.shadowRoot!.querySelectorAll('[part~="category"]')].map((node) => node.textContent!.trim());
    expect(categories()).to.have.length(4);
    feed.category = 'thong bao';
    await feed.updateComplete;
    expect(categories().every((name) => name === 'Thông báo')).to.equal(true);
    await waitUntil(() => categories().length === 1, 'the category was not shown');
    expect(categories()).to.deep.equal(['Thông báo']);
  });

  it('fetches the extras chunk for paging, and the pager is styled on its first paint', async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed lang="vi" paging="pages" page-size="2" src="/test/fixtures/native-basic.json"></news-feed>`;
    const feed = holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await oneEvent(feed, 'news-load');
    await feed.updateComplete;
    expect(loaded().some((name) => /\/dist\/feed-extras-/.test(name))).to.equal(true);
    const current = feed.shadowRoot!.querySelector<HTMLElement>('[part~="pager"] [aria-current="page"]')!;
    expect(current.textContent!.trim()).to.equal('1');
    expect(getComputedStyle(current).minHeight).to.equal('44px');
  });

  it("lets the messages property override the extras' strings, which live in their chunk", async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed lang="en" paging="more" search page-size="2" src="/test/fixtures/native-basic.json"></news-feed>`;
    const feed = holder.firstElementChild as HTMLElement & {
      updateComplete: Promise<unknown>;
      messages: Record<string, string>;
    };
    await oneEvent(feed, 'news-load');
    const more = () => feed.shadowRoot!.querySelector('[part~="pager"] button')!.textContent!.trim();
    const placeholder = () =>
      feed.shadowRoot!.querySelector('input[type="search"]')!.getAttribute('placeholder');
    expect(more()).to.equal('Load more');
    expect(placeholder()).to.equal('Type a word, e.g. council');
    feed.messages = { loadMore: 'Show more news', searchPlaceholder: 'A word' };
    await feed.updateComplete;
    expect(more()).to.equal('Show more news');
    expect(placeholder()).to.equal('A word');
  });

  it('registers <news-article> as soon as the page uses one, and it renders', async () => {
    expect(customElements.get('news-article')).to.equal(undefined);
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-article lang="vi" time-zone="Asia/Ho_Chi_Minh" src="/test/fixtures/article-basic.json"></news-article>`;
    await customElements.whenDefined('news-article');
    const article = holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await oneEvent(article, 'news-load');
    expect(article.shadowRoot!.querySelector('[part~="title"]')).to.not.equal(null);
    expect(loaded().some((name) => /news-article/.test(name))).to.equal(true);
    // This Chromium has the HTML Sanitizer API: the body is cleaned without DOMPurify.
    expect(article.shadowRoot!.querySelector('[part~="body"]')!.textContent!.trim()).not.to.equal('');
    // DOMPurify only where the browser has no HTML Sanitizer API (WebKit).
    expect(loaded().filter((name) => /purify/.test(name))).to.have.length(meets('sanitizer-api') ? 0 : 1);
    expect(loaded().filter((name) => /article-extras/.test(name))).to.deep.equal([]);
  });

  it('fetches the article extras for follow-feed, hiding the article for the list before they arrive', async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-article lang="vi" follow-feed related="/test/fixtures/article-feed.json"
      src="/test/fixtures/article-feed.json"></news-article>`;
    const article = holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    const extrasHere = () => loaded().some((name) => /\/dist\/article-extras-/.test(name));
    let extrasWhenHidden: boolean | undefined;
    new MutationObserver((_, observer) => {
      extrasWhenHidden = extrasHere();
      observer.disconnect();
    }).observe(article, { attributeFilter: ['hidden'] });
    await customElements.whenDefined('news-article');
    await article.updateComplete;
    expect(extrasWhenHidden, 'hidden before the extras chunk arrived').to.equal(false);
    expect(extrasHere()).to.equal(true);
    expect(article.hidden).to.equal(true);
  });

  it('reads RFC 822 dates in our JSON with the RSS chunk, loaded for them', async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed lang="vi" time-zone="Asia/Ho_Chi_Minh" date-format="dd/MM/yyyy HH:mm"
      src="/test/fixtures/native-rfc822.json"></news-feed>`;
    const feed = holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await oneEvent(feed, 'news-load');
    await feed.updateComplete;
    const dates = [...feed.shadowRoot!.querySelectorAll('[part~="date"]')].map((node) => node.textContent);
    expect(dates).to.deep.equal(['21/08/2020 17:24', '01/05/2019 08:00', '24/09/2018 20:00']);
    expect(loaded().some((name) => /\/dist\/rss-/.test(name))).to.equal(true);
  });
});
