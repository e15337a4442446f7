import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { tickRelativeClock } from '../i18n/relative-clock.js';
import {
  attrs,
  capturingWarnings,
  FIXTURES,
  loadedFeed,
  shadow,
  texts,
  unique,
} from '../../test/feed-helpers.js';
import { engine } from '../../test/engine.js';
import type { NewsFeedElement } from './news-feed.js';

const HCM = 'Asia/Ho_Chi_Minh';
const NATIVE = `${FIXTURES}/native-basic.json`;
const JSONFEED = `${FIXTURES}/jsonfeed-basic.json`;

describe('<news-feed> rendering a native source', () => {
  it('shows every item newest first, undated last, with exact Vietnamese dates and view counts', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${NATIVE}" time-zone="${HCM}" date-format="dd/MM/yyyy | HH:mm"></news-feed>`,
    );
    expect(feed.status).to.equal('ready');
    expect(feed.items.map((item) => item.id)).to.deep.equal([
      'tt-101',
      'tt-102',
      'tt-103',
      'tt-104',
      'tt-105',
    ]);
    expect(texts(feed, 'date')).to.deep.equal([
      '21/08/2020 | 17:24',
      // 23:30 UTC is already the next morning in Asia/Ho_Chi_Minh.
      '21/08/2020 | 06:30',
      // A date-only value shows no invented time.
      '19/08/2020',
      // An offset-less source time is read in time-zone.
      '18/08/2020 | 09:05',
    ]);
    expect(attrs(feed, 'date', 'datetime')).to.deep.equal([
      '2020-08-21T17:24:00+07:00',
      '2020-08-21T06:30:00+07:00',
      '2020-08-19',
      '2020-08-18T09:05:00+07:00',
    ]);
    expect(texts(feed, 'views')).to.deep.equal([
      '1.234 lượt xem',
      '0 lượt xem',
      '1 lượt xem',
      '98.765 lượt xem',
      '42 lượt xem',
    ]);
    expect(texts(feed, 'category')).to.deep.equal([
      'Tin tức - Sự kiện',
      'Văn hoá - Xã hội',
      'Thông báo',
      'Tin tức - Sự kiện',
    ]);
    const undated = shadow(feed).querySelectorAll('[part~="item"]')[4];
    expect(undated.querySelector('time')).to.equal(null);
    expect(undated.textContent).to.contain('Bản tin không có ngày đăng');
  });

  it('formats views in vi and en side by side, plural-correct', async () => {
    const container = await fixture(html`<div></div>`);
    const [vi, en] = await Promise.all([
      loadedFeed(`<news-feed lang="vi" src="${NATIVE}" sort="most-viewed"></news-feed>`, container),
      loadedFeed(`<news-feed lang="en" src="${NATIVE}" sort="most-viewed"></news-feed>`, container),
    ]);
    expect(texts(vi, 'views')).to.deep.equal([
      '98.765 lượt xem',
      '1.234 lượt xem',
      '42 lượt xem',
      '1 lượt xem',
      '0 lượt xem',
    ]);
    expect(texts(en, 'views')).to.deep.equal([
      '98,765 views',
      '1,234 views',
      '42 views',
      '1 view',
      '0 views',
    ]);
  });

  it('gives compact view counts with views-format="compact"', async () => {
    const container = await fixture(html`<div></div>`);
    const [vi, en] = await Promise.all([
      loadedFeed(
        `<news-feed lang="vi" views-format="compact" src="${NATIVE}" sort="most-viewed"></news-feed>`,
        container,
      ),
      loadedFeed(
        `<news-feed lang="en" views-format="compact" src="${NATIVE}" sort="most-viewed"></news-feed>`,
        container,
      ),
    ]);
    expect(texts(vi, 'views')[0]).to.equal('99 nghìn lượt xem');
    expect(texts(en, 'views')[0]).to.equal('99K views');
    expect(texts(en, 'views')[1]).to.equal('1.2K views');
  });

  it('reads and shows dates in the visitor’s zone when time-zone is absent', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${NATIVE}" date-format="dd/MM/yyyy HH:mm"></news-feed>`,
    );
    // The test browser's zone is pinned to America/New_York (UTC−4 in August).
    expect(texts(feed, 'date').slice(0, 2)).to.deep.equal(['21/08/2020 06:24', '20/08/2020 19:30']);
    expect(attrs(feed, 'date', 'datetime')[1]).to.equal('2020-08-20T19:30:00-04:00');
  });

  it('ignores an unknown time-zone with a warning instead of failing', async () => {
    let feed!: NewsFeedElement;
    const warnings = await capturingWarnings(async () => {
      feed = await loadedFeed(
        `<news-feed lang="vi" src="${NATIVE}" time-zone="Asia/Hanoi_Typo" date-format="HH:mm"></news-feed>`,
      );
    });
    expect(feed.status).to.equal('ready');
    expect(texts(feed, 'date')[0]).to.equal('06:24');
    expect(warnings.join('\n')).to.contain('Asia/Hanoi_Typo');
  });

  it('sends its request before checking the time-zone (the first zone check costs tens of ms)', async () => {
    const events: string[] = [];
    const { fetch: realFetch, Intl: realIntl } = window;
    const RealFormat = realIntl.DateTimeFormat;
    // A zone no other test here uses, so this page checks it for the first time.
    const zone = 'Pacific/Chatham';
    window.fetch = (...args: Parameters<typeof fetch>) => {
      events.push('fetch');
      return realFetch(...args);
    };
    window.Intl = {
      ...realIntl,
      DateTimeFormat: function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        if (options?.timeZone === zone) events.push('zone');
        return new RealFormat(locales, options);
      },
    } as typeof Intl;
    try {
      const feed = await loadedFeed(`<news-feed lang="vi" src="${NATIVE}" time-zone="${zone}"></news-feed>`);
      expect(feed.status).to.equal('ready');
    } finally {
      window.fetch = realFetch;
      window.Intl = realIntl;
    }
    expect(events[0]).to.equal('fetch');
    expect(events).to.include('zone');
  });

  it('uses the presets: short and medium show a date-only value without a time', async () => {
    const container = await fixture(html`<div></div>`);
    const [short, medium, enMedium] = await Promise.all([
      loadedFeed(
        `<news-feed lang="vi" src="${NATIVE}" time-zone="${HCM}" date-format="short"></news-feed>`,
        container,
      ),
      loadedFeed(
        `<news-feed lang="vi" src="${NATIVE}" time-zone="${HCM}" date-format="medium"></news-feed>`,
        container,
      ),
      loadedFeed(
        `<news-feed lang="en" src="${NATIVE}" time-zone="${HCM}" date-format="medium"></news-feed>`,
        container,
      ),
    ]);
    expect(texts(short, 'date').slice(0, 3)).to.deep.equal(['21/08/2020', '21/08/2020', '19/08/2020']);
    expect(texts(medium, 'date').slice(0, 3)).to.deep.equal([
      '21/08/2020 17:24',
      '21/08/2020 06:30',
      '19/08/2020',
    ]);
    expect(texts(enMedium, 'date')[0]).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: HCM }).format(
        new Date('2020-08-21T10:24:00Z'),
      ),
    );
    expect(texts(enMedium, 'date')[2]).to.equal('Aug 19, 2020');
  });

  it('resolves relative URLs against the source URL', async () => {
    const feed = await loadedFeed(`<news-feed src="${NATIVE}"></news-feed>`);
    expect(texts(feed, 'title')).to.have.length(5);
    const first = shadow(feed).querySelector('[part~="title"] a') as HTMLAnchorElement;
    expect(first.href).to.equal(new URL(`${FIXTURES}/chi-tiet/tt-101.html`, location.href).href);
    const image = shadow(feed).querySelector('[part~="image"]') as HTMLImageElement;
    expect(image.src).to.equal(new URL(`${FIXTURES}/img/hoi-nghi.svg`, location.href).href);
    expect(image.loading).to.equal('lazy');
    expect(image.getAttribute('width')).to.match(/^\d+$/);
    expect(image.getAttribute('height')).to.match(/^\d+$/);
  });

  it('shows a summary that contains markup as plain text', async () => {
    const feed = await loadedFeed(`<news-feed src="${NATIVE}"></news-feed>`);
    const summary = shadow(feed).querySelector('[part~="summary"]')!;
    expect(summary.textContent).to.contain('<b>sơ kết</b>');
    expect(summary.querySelector('b')).to.equal(null);
  });

  it('never treats hostile text as markup nor follows javascript: links', async () => {
    const feed = await loadedFeed(`<news-feed src="${FIXTURES}/native-hostile.json"></news-feed>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const root = shadow(feed);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(root.querySelectorAll('script, b, i, [onerror], [onmouseover]')).to.have.length(0);
    expect(root.querySelector('[part~="item"] img')).to.equal(null);
    expect(root.querySelector('[part~="title"] a')).to.equal(null);
    expect(texts(feed, 'title')[0]).to.contain('<script>');
  });

  it('hides the parts named in hide', async () => {
    const feed = await loadedFeed(
      `<news-feed src="${NATIVE}" hide="image summary views category"></news-feed>`,
    );
    const root = shadow(feed);
    expect(
      root.querySelectorAll('[part~="image"], [part~="summary"], [part~="views"], [part~="category"]'),
    ).to.have.length(0);
    expect(root.querySelectorAll('[part~="date"]')).to.have.length(4);
  });

  it('cuts the list to page-size and exposes it as items', async () => {
    const feed = await loadedFeed(`<news-feed src="${NATIVE}" page-size="2"></news-feed>`);
    expect(shadow(feed).querySelectorAll('[part~="item"]')).to.have.length(2);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['tt-101', 'tt-102']);
  });

  it('sorts by most-viewed and keeps the source order with sort="source"', async () => {
    const container = await fixture(html`<div></div>`);
    const [viewed, source] = await Promise.all([
      loadedFeed(`<news-feed src="${NATIVE}" sort="most-viewed"></news-feed>`, container),
      loadedFeed(`<news-feed src="${JSONFEED}" sort="source"></news-feed>`, container),
    ]);
    expect(viewed.items.map((item) => item.id)).to.deep.equal([
      'tt-104',
      'tt-101',
      'tt-105',
      'tt-103',
      'tt-102',
    ]);
    expect(source.items.map((item) => item.id)).to.deep.equal(['jf-undated', 'jf-1', 'jf-2']);
  });

  it('fills the href template and adds rel="noopener" for target="_blank"', async () => {
    const feed = await loadedFeed(
      `<news-feed src="${NATIVE}" href="/tin-tuc/chi-tiet?id={id}&amp;loai={category}" target="_blank"></news-feed>`,
    );
    const link = shadow(feed).querySelector('[part~="title"] a') as HTMLAnchorElement;
    expect(link.href).to.equal(
      new URL(
        '/tin-tuc/chi-tiet?id=tt-101&loai=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n',
        location.href,
      ).href,
    );
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');
  });

  it('fires a cancelable news-select with the item, and a cancelled one does not navigate', async () => {
    const feed = await loadedFeed(`<news-feed src="${NATIVE}"></news-feed>`);
    const before = location.href;
    feed.addEventListener('news-select', (event) => event.preventDefault());
    const selected = oneEvent(feed, 'news-select');
    (shadow(feed).querySelector('[part~="title"] a') as HTMLAnchorElement).click();
    const event = await selected;
    expect(event.detail.item.id).to.equal('tt-101');
    expect(event.defaultPrevented).to.equal(true);
    expect(location.href).to.equal(before);
  });

  it('marks up each item as an article with a heading in a list', async () => {
    const feed = await loadedFeed(`<news-feed src="${NATIVE}" heading-level="2"></news-feed>`);
    const root = shadow(feed);
    expect(
      root.querySelector('ul[part~="list"] > li[part~="item"] > article > div > h2[part~="title"]'),
    ).to.not.equal(null);
  });
});

describe('<news-feed> rendering a JSON Feed', () => {
  it('detects JSON Feed, reads _news views and category, sorts the undated item last', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="en" src="${JSONFEED}" time-zone="UTC" date-format="yyyy-MM-dd HH:mm"></news-feed>`,
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['jf-2', 'jf-1', 'jf-undated']);
    expect(texts(feed, 'date')).to.deep.equal(['2020-08-22 01:00', '2020-08-21 10:24']);
    expect(texts(feed, 'views')).to.deep.equal(['1 view', '1,234 views']);
    expect(texts(feed, 'category')).to.deep.equal(['News & events']);
    const title = texts(feed, 'title')[0];
    expect(title.endsWith('…')).to.equal(true);
    expect(title.length).to.be.below(95);
    expect('An item without a title takes its title from its text'.startsWith(title.slice(0, 20))).to.equal(
      true,
    );
    const last = shadow(feed).querySelectorAll('[part~="item"]')[2];
    expect(last.querySelector('time')).to.equal(null);
    expect((last.querySelector('a') as HTMLAnchorElement).href).to.equal(
      new URL(`${FIXTURES}/posts/undated.html`, location.href).href,
    );
  });
});

describe('<news-feed> relative dates', () => {
  it('says "2 giờ trước" / "2 hours ago" and updates on the shared clock', async () => {
    const container = await fixture(html`<div></div>`);
    const [vi, en] = await Promise.all([
      loadedFeed(`<news-feed lang="vi" src="/__fault/ago/120,0.97"></news-feed>`, container),
      loadedFeed(`<news-feed lang="en" src="/__fault/ago/120,0.97"></news-feed>`, container),
    ]);
    expect(texts(vi, 'date')).to.deep.equal(['vừa xong', '2 giờ trước']);
    expect(texts(en, 'date')).to.deep.equal(['just now', '2 hours ago']);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    tickRelativeClock();
    await Promise.all([vi.updateComplete, en.updateComplete]);
    expect(texts(vi, 'date')[0]).to.equal('1 phút trước');
    expect(texts(en, 'date')[0]).to.equal('1 minute ago');
  });
});

describe('<news-feed> language', () => {
  it('takes the nearest ancestor lang, across shadow roots, and follows later changes', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const feed = await loadedFeed(`<news-feed src="${NATIVE}" sort="most-viewed"></news-feed>`, inner);
    expect(texts(feed, 'views')[0]).to.equal('98,765 views');
    host.setAttribute('lang', 'vi');
    await waitUntil(() => texts(feed, 'views')[0] === '98.765 lượt xem', 'did not follow the ancestor');
    feed.setAttribute('lang', 'en');
    await waitUntil(() => texts(feed, 'views')[0] === '98,765 views', 'did not follow its own lang');
  });

  it('formats other languages in their locale with English labels', async () => {
    const feed = await loadedFeed(`<news-feed lang="de" src="${NATIVE}" sort="most-viewed"></news-feed>`);
    expect(texts(feed, 'views')[0]).to.equal('98.765 views');
  });

  it('lets the messages property override any UI string', async () => {
    const feed = await loadedFeed(`<news-feed lang="vi" src="${NATIVE}" sort="most-viewed"></news-feed>`);
    feed.messages = { viewsOther: 'Lượt xem: {count}' };
    await feed.updateComplete;
    expect(texts(feed, 'views')[0]).to.equal('Lượt xem: 98.765');
  });
});

describe('<news-feed> states', () => {
  it('shows a skeleton of page-size rows while loading, marked busy', async () => {
    const feed = await fixture<NewsFeedElement>(
      html`<news-feed page-size="4" src="/__fault/delay/400/${unique()}?src=${NATIVE}"></news-feed>`,
    );
    expect(feed.status).to.equal('loading');
    expect(feed.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(feed).querySelectorAll('.skeleton [class="item"]')).to.have.length(4);
    await oneEvent(feed, 'news-load');
    await feed.updateComplete;
    expect(feed.hasAttribute('aria-busy')).to.equal(false);
    expect(shadow(feed).querySelector('.skeleton')).to.equal(null);
  });

  it('shows the fallback content until the first load', async () => {
    const feed = await fixture<NewsFeedElement>(
      html`<news-feed src="/__fault/delay/400/${unique()}?src=${NATIVE}"
        ><a href="/tin-tuc">Xem tin tức</a></news-feed
      >`,
    );
    const slot = shadow(feed).querySelector('slot');
    expect(slot?.assignedElements()[0]?.textContent).to.equal('Xem tin tức');
    expect(shadow(feed).querySelector('.skeleton')).to.equal(null);
    await oneEvent(feed, 'news-load');
    await feed.updateComplete;
    expect(shadow(feed).querySelector('slot')).to.equal(null);
  });

  it('says so when the source has no items', async () => {
    const feed = await loadedFeed(`<news-feed lang="vi" src="${FIXTURES}/native-empty.json"></news-feed>`);
    expect(feed.status).to.equal('empty');
    expect(texts(feed, 'status')[0]).to.equal('Chưa có tin nào.');
  });

  it('drops items with impossible dates or no text, warns which and why, and shows the rest', async () => {
    let feed!: NewsFeedElement;
    const warnings = await capturingWarnings(async () => {
      feed = await loadedFeed(
        `<news-feed lang="vi" src="${FIXTURES}/native-dropped.json" time-zone="${HCM}" date-format="dd/MM/yyyy HH:mm"></news-feed>`,
      );
    });
    expect(feed.items.map((item) => item.id)).to.deep.equal(['ok-1', 'ok-2']);
    expect(texts(feed, 'date')).to.deep.equal(['21/08/2020 17:24', '20/08/2020 08:15']);
    const log = warnings.join('\n');
    expect(log).to.contain('"bad-date"');
    expect(log).to.contain('32/13/2020 | 25:61');
    expect(log).to.contain('"no-text"');
    expect(log).to.contain('#4');
  });
});

describe('<news-feed> errors', () => {
  async function failing(
    src: string,
    extra = '',
  ): Promise<{ feed: NewsFeedElement; kind: string; warnings: string[] }> {
    let feed!: NewsFeedElement;
    let kind = '';
    const warnings = await capturingWarnings(async () => {
      const holder = await fixture(html`<div></div>`);
      holder.innerHTML = `<news-feed lang="vi" src="${src}" ${extra}><a href="/tin-tuc">Xem tin tức</a></news-feed>`;
      feed = holder.firstElementChild as NewsFeedElement;
      const event = await oneEvent(feed, 'news-error');
      kind = event.detail.error.kind;
      await feed.updateComplete;
    });
    return { feed, kind, warnings };
  }

  it('reports a 404 as an http error with a localized message, a retry button and the fallback', async () => {
    const { feed, kind } = await failing(`${FIXTURES}/does-not-exist.json`);
    expect(kind).to.equal('http');
    expect(feed.status).to.equal('error');
    expect(feed.error?.status).to.equal(404);
    expect(texts(feed, 'status')[0]).to.contain('Nguồn tin báo lỗi 404.');
    expect(shadow(feed).querySelector('[part~="retry"]')?.textContent?.trim()).to.equal('Thử lại');
    expect(shadow(feed).querySelector('slot')?.assignedElements()).to.have.length(1);
  });

  it('reports truncated JSON as a parse error', async () => {
    const { feed, kind, warnings } = await failing(`${FIXTURES}/truncated.json`);
    expect(kind).to.equal('parse');
    expect(texts(feed, 'status')[0]).to.contain('Dữ liệu của nguồn tin bị lỗi');
    // Said in one form in every engine; WebKit's parser gives no position.
    expect(warnings.join('\n')).to.match(
      engine === 'webkit'
        ? /truncated\.json: not valid JSON: unterminated string/i
        : /truncated\.json: not valid JSON at line 1, column 53: unterminated string/i,
    );
  });

  it('reports a shape it does not know as a format error naming the formats tried and the keys found', async () => {
    const { feed, kind } = await failing(`${FIXTURES}/wrong-shape.json`);
    expect(kind).to.equal('format');
    expect(feed.error?.message).to.match(/wrong-shape\.json: This is not a news source/);
    for (const format of ['jsonfeed', 'wordpress', 'native', 'rss'])
      expect(feed.error?.message).to.contain(format);
    expect(feed.error?.message).to.contain('"data", "status", "message"');
    expect(texts(feed, 'status')[0]).to.contain('Không nhận ra định dạng');
  });

  it('gives up after timeout seconds with a timeout error', async () => {
    const { feed, kind } = await failing(`/__fault/hang/${unique()}`, 'timeout="1"');
    expect(kind).to.equal('timeout');
    expect(texts(feed, 'status')[0]).to.contain('Nguồn tin phản hồi quá lâu.');
  });

  it('reports an unreachable server as a network error that explains CORS to the integrator', async () => {
    const { feed, kind, warnings } = await failing('http://127.0.0.1:9/tin-tuc.json');
    expect(kind).to.equal('network');
    expect(texts(feed, 'status')[0]).to.contain('Không kết nối được');
    expect(warnings.join('\n')).to.contain('Access-Control-Allow-Origin');
  });

  it('retries from the retry button and then shows the items', async () => {
    const { feed } = await failing(`/__fault/fail/3/${unique()}?src=${NATIVE}`);
    expect(feed.error?.status).to.equal(503);
    const loaded = oneEvent(feed, 'news-load');
    (shadow(feed).querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await loaded;
    await feed.updateComplete;
    expect(feed.status).to.equal('ready');
    expect(feed.error).to.equal(undefined);
    expect(shadow(feed).querySelectorAll('[part~="item"]')).to.have.length(5);
  });

  it('keeps what it already showed when a later load fails', async () => {
    const feed = await loadedFeed(`<news-feed lang="vi" src="${NATIVE}"></news-feed>`);
    const failed = oneEvent(feed, 'news-error');
    await capturingWarnings(async () => {
      feed.src = `/__fault/status/500/${unique()}`;
      await failed;
      await feed.updateComplete;
    });
    expect(feed.status).to.equal('error');
    expect(shadow(feed).querySelectorAll('[part~="item"]')).to.have.length(5);
    expect(texts(feed, 'status')[0]).to.contain('500');
  });
});

describe('<news-feed> lifecycle', () => {
  it('is not torn down when moved within the page during a load', async () => {
    const [first, second] = [document.createElement('div'), document.createElement('div')];
    await fixture(html`<div></div>`).then((root) => root.append(first, second));
    first.innerHTML = `<news-feed src="/__fault/delay/300/${unique()}?src=${NATIVE}"></news-feed>`;
    const feed = first.firstElementChild as NewsFeedElement;
    const loaded = oneEvent(feed, 'news-load');
    await feed.updateComplete;
    second.append(feed);
    await loaded;
    expect(feed.items).to.have.length(5);
  });

  it('aborts when removed during a load and loads again when re-added', async () => {
    const root = await fixture(html`<div></div>`);
    root.innerHTML = `<news-feed src="/__fault/delay/300/${unique()}?src=${NATIVE}"></news-feed>`;
    const feed = root.firstElementChild as NewsFeedElement;
    let errors = 0;
    feed.addEventListener('news-error', () => errors++);
    await feed.updateComplete;
    feed.remove();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(feed.items).to.have.length(0);
    const loaded = oneEvent(feed, 'news-load');
    root.append(feed);
    await loaded;
    expect(feed.items).to.have.length(5);
    expect(errors).to.equal(0);
  });

  it('shows only the newest source when src changes quickly', async () => {
    const feed = await fixture<NewsFeedElement>(
      html`<news-feed src="/__fault/delay/400/${unique()}?src=${NATIVE}"></news-feed>`,
    );
    feed.src = JSONFEED;
    await oneEvent(feed, 'news-load');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(feed.items.map((item) => item.id)).to.deep.equal(['jf-2', 'jf-1', 'jf-undated']);
  });
});

describe('<news-feed> with several sources', () => {
  it('merges them newest first, shows shared items once, and badges each item with its source', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${NATIVE} ${FIXTURES}/native-unit-b.json"></news-feed>`,
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal([
      'b-1',
      'tt-101',
      'tt-102',
      'tt-103',
      'tt-104',
      'tt-105',
    ]);
    expect(texts(feed, 'source').slice(0, 2)).to.deep.equal(['Xã Tân Phú (cũ)', 'Tin tức - Sự kiện']);
  });

  it('shows the sources that answered and reports the one that failed', async () => {
    let feed!: NewsFeedElement;
    const errors: string[] = [];
    await capturingWarnings(async () => {
      const holder = await fixture(html`<div></div>`);
      holder.addEventListener('news-error', (event) => errors.push((event as CustomEvent).detail.error.kind));
      feed = await loadedFeed(
        `<news-feed lang="vi" src="/__fault/status/502/${unique()} ${NATIVE}"></news-feed>`,
        holder,
      );
    });
    expect(feed.status).to.equal('ready');
    expect(feed.items).to.have.length(5);
    expect(errors).to.deep.equal(['http']);
    expect(texts(feed, 'status')[0]).to.contain('502');
  });
});
