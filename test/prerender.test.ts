import { expect, waitUntil } from '@open-wc/testing';
import { engine } from './engine.js';
import { openPage } from './open-page.js';

/**
 * The pre-rendered HTML of `news-elements publish` (src/prerender/), in real pages served by
 * test/prerender/prerender-server.mjs: read with scripts off, then taken over by the bundle.
 */

const FEED = '/test/fixtures/prerender/feed.json';
const NEXT = '/test/fixtures/prerender/feed-2.json';
const STORE_PREFIX = 'news-elements:v1:';

interface WatchedWindow extends Window {
  layoutShifts: number[];
  fewestTitles: number;
  checks: number;
  servedPlaces: Places;
  placesOf(): Places;
}
interface Places {
  titles: number[][];
  footer: number;
}

/** A page in a frame of the size every test here uses, its scripts running. */
const openWatched = (path: string) => openPage<WatchedWindow>(path, 'width:800px;height:900px');

/** A page in a sandboxed frame: scripting is off in it, as in a browser with JavaScript disabled. */
async function openWithoutScripts(path: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width:800px;height:900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

const shown = (root: ParentNode, part: string) =>
  [...root.querySelectorAll(`[part~="${part}"]`)]
    .filter((node) => node.getClientRects().length)
    .map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

const requested = (win: Window, path: string) =>
  win.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === path);

function forgetStoredCopies(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith(STORE_PREFIX)) localStorage.removeItem(key);
}

describe('pre-rendered <news-feed>', () => {
  let frame: HTMLIFrameElement | undefined;
  beforeEach(forgetStoredCopies);
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    forgetStoredCopies();
  });

  it('shows the titles, dates and view counts with scripts off (vi)', async () => {
    const page = await openWithoutScripts('/__prerender/feed?lang=vi');
    frame = page.frame;
    const feed = page.doc.querySelector('news-feed')!;
    expect((frame.contentWindow as Window).customElements.get('news-feed')).to.equal(undefined);
    const root = feed.shadowRoot!;
    expect(root, 'a declarative shadow root').to.exist;
    expect(shown(root, 'title')).to.deep.equal([
      'Hội nghị sơ kết công tác 6 tháng đầu năm 2020 của Đảng ủy phường',
      'Ra quân tổng vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh',
      'Thông báo lịch tiếp công dân tháng 9/2020 <không phải thẻ>',
    ]);
    expect(shown(root, 'date')).to.deep.equal(['21/08/2020 17:24', '21/08/2020 06:30', '19/08/2020 08:00']);
    expect([...root.querySelectorAll('time')].map((time) => time.dateTime)).to.deep.equal([
      '2020-08-21T17:24:00+07:00',
      '2020-08-21T06:30:00+07:00',
      '2020-08-19T08:00:00+07:00',
    ]);
    expect(shown(root, 'views')).to.deep.equal(['1.234 lượt xem', '0 lượt xem', '98.765 lượt xem']);
    // A title is text: its angle brackets made no element.
    expect(root.querySelectorAll('[part~="title"] *:not(a)')).to.have.length(0);
    // The styles came too: the meta line is the muted colour, not the page's black.
    const meta = root.querySelector('[part~="meta"]')!;
    expect(getComputedStyle(meta).color).to.equal('rgb(89, 89, 89)');
    // The light DOM holds plain links for readers of no shadow root; the shadow root hides them.
    expect([...feed.querySelectorAll(':scope > ul a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://phuong.example.vn/tin-tuc/pr-1',
      'https://phuong.example.vn/tin-tuc/pr-2',
      'https://phuong.example.vn/thong-bao/pr-3',
    ]);
    expect(feed.querySelector(':scope > ul')!.getClientRects()).to.have.length(0);
  });

  it('formats in English on an English page, and offers no button that needs a script, with scripts off', async () => {
    const page = await openWithoutScripts(
      `/__prerender/feed?lang=en&attrs=${encodeURIComponent(JSON.stringify({ paging: 'more' }))}`,
    );
    frame = page.frame;
    const root = page.doc.querySelector('news-feed')!.shadowRoot!;
    expect(shown(root, 'views')).to.deep.equal(['1,234 views', '0 views', '98,765 views']);
    const medium = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(shown(root, 'date')[0]).to.equal(medium.format(new Date('2020-08-21T17:24:00+07:00')));
    // The pager is there (the script shows it as served) but not offered: without a script it does nothing.
    expect(root.querySelector('[part~="pager"] button')!.textContent!.trim()).to.equal('Load more');
    expect(shown(root, 'pager')).to.deep.equal([]);
  });

  it('is taken over by the script with no layout shift, no frame without titles and no request', async () => {
    const page = await openWatched(
      '/__prerender/feed?lang=vi&script=1&attrs=' +
        encodeURIComponent(JSON.stringify({ 'page-size': '3', paging: 'more' })),
    );
    frame = page.frame;
    const { win, doc } = page;
    const feed = doc.querySelector('news-feed')!;
    await waitUntil(() => win.customElements.get('news-feed'), 'the bundle loads', { timeout: 8000 });
    const root = feed.shadowRoot!;
    await waitUntil(() => !root.querySelector('[data-served]') && root.querySelector('ul[part="list"]'));
    // A few more frames with the element on its own.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect((feed as unknown as { status: string }).status).to.equal('ready');
    expect(shown(root, 'title'), 'each title once').to.have.length(3);
    expect(root.querySelectorAll('[part~="title"]'), 'no hidden copy left').to.have.length(3);
    expect(win.checks).to.be.greaterThan(3);
    expect(win.fewestTitles, 'titles on show at every frame and change').to.equal(3);
    expect(win.placesOf()).to.deep.equal(win.servedPlaces);
    if (engine === 'chromium') expect(win.layoutShifts, 'layout shifts').to.deep.equal([]);
    expect(requested(win, FEED), 'feed.json: the page came with it').to.have.length(0);
    expect(requested(win, NEXT)).to.have.length(0);
    expect(doc.querySelector('script[data-news-prerendered]'), 'the data block, read').to.equal(null);
    // The stored copy starts from the published page.
    const stored = JSON.parse(
      win.localStorage.getItem(STORE_PREFIX + new URL(FEED, win.location.href).href)!,
    );
    expect(JSON.parse(stored.text).items).to.have.length(3);
    // What it needs later, it asks for then.
    root.querySelector<HTMLButtonElement>('[part="pager"] button')!.click();
    await waitUntil(() => shown(root, 'title').length === 6, 'the next page shows');
    expect(requested(win, NEXT)).to.have.length(1);
    expect(requested(win, FEED)).to.have.length(0);
  });

  it('revalidates a copy published longer ago than `cache`, showing it meanwhile', async () => {
    const page = await openWatched('/__prerender/feed?lang=vi&script=1&age=3600');
    frame = page.frame;
    const { win, doc } = page;
    const root = doc.querySelector('news-feed')!.shadowRoot!;
    await waitUntil(() => requested(win, FEED).length === 1, 'feed.json is asked for', { timeout: 8000 });
    await waitUntil(() => !root.querySelector('[data-served]'));
    expect(win.fewestTitles).to.equal(3);
    expect(shown(root, 'title')).to.have.length(3);
    if (engine === 'chromium') expect(win.layoutShifts).to.deep.equal([]);
  });
});

describe('pre-rendered <news-article>', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    forgetStoredCopies();
  });

  it('holds the body sanitized under the allow-list, and its JSON-LD', async () => {
    const markup = await (await fetch('/__prerender/article?lang=vi')).text();
    // Nothing hostile survives anywhere in the file, not even as text a parser could revive.
    for (const hostile of ['pwned', 'javascript:', 'evil.example', 'onerror', 'onclick']) {
      expect(markup.includes(hostile), `"${hostile}" in the article's HTML`).to.equal(false);
    }
    const page = await openWithoutScripts('/__prerender/article?lang=vi');
    frame = page.frame;
    const article = page.doc.querySelector('news-article')!;
    const body = article.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body.querySelector('strong')!.textContent).to.equal('tháng 9');
    expect(body.querySelectorAll('script, iframe, h1, [onerror], [onclick]')).to.have.length(0);
    expect(body.querySelector('h2')!.textContent).to.equal('Địa điểm');
    const links = [...body.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://phuong.example.vn/lich']);
    expect(links[1].target).to.equal('_blank');
    expect(body.querySelector('img')!.alt).to.equal('Lịch');
    expect(shown(article.shadowRoot!, 'title')).to.deep.equal([
      'Thông báo lịch tiếp công dân tháng 9/2020 <không phải thẻ>',
    ]);
    expect(shown(article.shadowRoot!, 'meta')[0]).to.include('19/08/2020');
    const ld = article.querySelectorAll(':scope > script[type="application/ld+json"]');
    expect(ld).to.have.length(1);
    const data = JSON.parse(ld[0].textContent!);
    expect(data).to.include({
      '@type': 'NewsArticle',
      headline: 'Thông báo lịch tiếp công dân tháng 9/2020 <không phải thẻ>',
    });
    expect(data.interactionStatistic.userInteractionCount).to.equal(98765);
  });

  it('is taken over by the script, keeping one JSON-LD', async () => {
    const page = await openWatched('/__prerender/article?lang=vi&script=1');
    frame = page.frame;
    const { win, doc } = page;
    const article = doc.querySelector('news-article')!;
    await waitUntil(
      () => win.customElements.get('news-article') && !article.shadowRoot!.querySelector('[data-served]'),
      'taken over',
      {
        timeout: 8000,
      },
    );
    expect(win.fewestTitles).to.equal(1);
    expect(article.shadowRoot!.querySelectorAll('[part~="title"]')).to.have.length(1);
    expect(article.shadowRoot!.querySelector('[part~="body"] strong')!.textContent).to.equal('tháng 9');
    expect(article.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect((win as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });
});
