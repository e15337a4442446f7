import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  capturingWarnings,
  FIXTURES,
  held,
  loadedFeed,
  requestCount,
  shadow,
  texts,
  unique,
} from '../../test/feed-helpers.js';
import { forgetSharedRequests } from '../data/shared-requests.js';
import { langObserverCount } from '../i18n/lang-observer.js';
import { relativeClockListenerCount } from '../i18n/relative-clock.js';
import type { NewsFeedElement } from './news-feed.js';
import { itNeeds } from '../../test/engine.js';

const NATIVE = `${FIXTURES}/native-basic.json`;
const STORE_PREFIX = 'news-elements:v1:';
const absolute = (path: string) => new URL(path, location.href).href;

/** A previous visit's stored copy, written the way the element writes it. */
function storeCopy(path: string, body: unknown, savedAt: number): void {
  localStorage.setItem(
    STORE_PREFIX + absolute(path),
    JSON.stringify({
      text: JSON.stringify(body),
      contentType: 'application/json',
      url: absolute(path),
      savedAt,
    }),
  );
}

describe('<news-feed> requests', () => {
  it('retries a flaky source and shows it without the visitor noticing', async () => {
    const key = unique('flaky');
    const feed = await loadedFeed(`<news-feed src="/__fault/fail/2/${key}?src=${NATIVE}"></news-feed>`);
    expect(feed.status).to.equal('ready');
    expect(await requestCount(key)).to.equal(3);
  });

  it('does not retry a 404', async () => {
    const key = unique('gone');
    await capturingWarnings(() =>
      loadedFeed(`<news-feed src="/__fault/status/404/${key}"></news-feed>`).then(() => {}),
    );
    expect(await requestCount(key)).to.equal(1);
  });

  it('gives up after three attempts on a server that keeps failing', async () => {
    const key = unique('down');
    let feed!: NewsFeedElement;
    await capturingWarnings(async () => {
      feed = await loadedFeed(`<news-feed src="/__fault/status/503/${key}"></news-feed>`);
    });
    expect(feed.status).to.equal('error');
    expect(await requestCount(key)).to.equal(3);
  });

  it('waits as long as Retry-After asks before trying again', async () => {
    const key = unique('later');
    const started = performance.now();
    await loadedFeed(
      `<news-feed src="/__fault/fail/1/${key}?src=${NATIVE}&status=429&retry-after=2"></news-feed>`,
    );
    expect(performance.now() - started).to.be.greaterThan(1900);
    expect(await requestCount(key)).to.equal(2);
  });

  it('sends the request before it renders and lays out the skeleton', async () => {
    const src = `/__fault/delay/100/${unique('early')}?src=${NATIVE}`;
    const holder = await fixture(html`<div></div>`);
    const realFetch = window.fetch;
    let renderedAtRequest: boolean | undefined;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      const feed = holder.querySelector('news-feed');
      renderedAtRequest ??= Boolean(feed?.shadowRoot?.querySelector('.skeleton'));
      return realFetch(...args);
    };
    try {
      const feed = await loadedFeed(`<news-feed src="${src}" cache="0"></news-feed>`, holder);
      expect(feed.items).to.have.length(5);
    } finally {
      window.fetch = realFetch;
    }
    expect(renderedAtRequest).to.equal(false);
  });

  it('still asks the network when a fresh stored copy cannot be read', async () => {
    const key = unique('unreadable');
    const src = `/__fault/delay/10/${key}?src=${NATIVE}`;
    localStorage.setItem(
      STORE_PREFIX + absolute(src),
      JSON.stringify({
        text: '{not json',
        contentType: 'application/json',
        url: absolute(src),
        savedAt: Date.now(),
      }),
    );
    const feed = await loadedFeed(`<news-feed src="${src}" cache="300"></news-feed>`);
    expect(feed.items).to.have.length(5);
    expect(await requestCount(key)).to.equal(1);
  });

  it('shares one request between every element that asks for the same source', async () => {
    const key = unique('shared');
    const src = `/__fault/delay/200/${key}?src=${NATIVE}`;
    const holder = await fixture(html`<div></div>`);
    const feeds = await Promise.all(
      [1, 2, 3].map(() => loadedFeed(`<news-feed src="${src}"></news-feed>`, holder)),
    );
    expect(feeds.map((feed) => feed.items.length)).to.deep.equal([5, 5, 5]);
    expect(await requestCount(key)).to.equal(1);
  });

  it('keeps loading for the others when one of the elements sharing a request leaves', async () => {
    const key = unique('leave');
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed src="/__fault/delay/300/${key}?src=${NATIVE}"></news-feed>`.repeat(2);
    const [leaving, staying] = holder.querySelectorAll('news-feed') as NodeListOf<NewsFeedElement>;
    const loaded = oneEvent(staying, 'news-load');
    await leaving.updateComplete;
    leaving.remove();
    await loaded;
    expect(staying.items).to.have.length(5);
    expect(await requestCount(key)).to.equal(1);
  });

  it('never lets a late answer overwrite a newer one', async () => {
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed src="/__fault/delay/600/${unique()}?src=${NATIVE}"></news-feed>`;
    const feed = holder.firstElementChild as NewsFeedElement;
    await feed.updateComplete;
    for (const delay of [400, 300, 0]) {
      feed.src = `/__fault/delay/${delay}/${unique()}?src=${FIXTURES}/jsonfeed-basic.json`;
      await feed.updateComplete;
    }
    feed.src = `${FIXTURES}/native-empty.json`;
    await oneEvent(feed, 'news-load');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(feed.status).to.equal('empty');
  });
});

describe('<news-feed> stored copies', () => {
  it('stores the last good answer and shows it at once on the next visit, then revalidates', async () => {
    const key = unique('visit');
    const src = `/__fault/delay/400/${key}?src=${NATIVE}`;
    const first = await loadedFeed(`<news-feed src="${src}" cache="0"></news-feed>`);
    expect(localStorage.getItem(STORE_PREFIX + absolute(src))).to.equal(null);
    first.remove();
    // The next visit is a new page: nothing in memory, only what was stored.
    forgetSharedRequests();

    storeCopy(src, { items: [{ id: 'old', title: 'Tin đã lưu từ lần trước' }] }, Date.now() - 3_600_000);
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed src="${src}"></news-feed>`;
    const feed = holder.firstElementChild as NewsFeedElement;
    const stored = await oneEvent(feed, 'news-load');
    expect(stored.detail.stored).to.equal(true);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['old']);
    const fresh = await oneEvent(feed, 'news-load');
    expect(fresh.detail.stored).to.equal(false);
    expect(feed.items).to.have.length(5);
    expect(await requestCount(key)).to.equal(2);
    // Written just after the list shows (load-feed.ts), so a busy engine may still be about to.
    await waitUntil(() => localStorage.getItem(STORE_PREFIX + absolute(src))?.includes('tt-101'));
    const saved = JSON.parse(localStorage.getItem(STORE_PREFIX + absolute(src))!);
    expect(saved.text).to.contain('tt-101');
  });

  it('puts each fresh item with its own image when fresh news replaces a stored list', async () => {
    const key = unique('swap');
    const src = `/__fault/delay/200/${key}?src=${NATIVE}`;
    // The stored list had other items at the fresh items' places, with images where the fresh ones have none.
    const stored = ['tt-102', 'tt-103', 'old-1'].map((id, i) => ({
      id,
      title: `Tin cũ ${i}`,
      image: `${FIXTURES}/img/old-${i}.svg`,
    }));
    storeCopy(src, { items: stored }, Date.now() - 3_600_000);
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed src="${src}"></news-feed>`;
    const feed = holder.firstElementChild as NewsFeedElement;
    await oneEvent(feed, 'news-load');
    await oneEvent(feed, 'news-load');
    await feed.updateComplete;
    const rows = [...feed.shadowRoot!.querySelectorAll('[part~="item"]')].map((row) => ({
      title: row.querySelector('[part~="title"]')!.textContent!.trim(),
      image: row.querySelector('img')?.src,
    }));
    expect(rows).to.deep.equal(feed.items.map((item) => ({ title: item.title, image: item.image?.src })));
  });

  it('uses a fresh stored copy without asking the network', async () => {
    const key = unique('fresh');
    const src = `/__fault/delay/10/${key}?src=${NATIVE}`;
    storeCopy(src, { items: [{ id: 'kept', title: 'Tin còn mới' }] }, Date.now() - 10_000);
    const feed = await loadedFeed(`<news-feed src="${src}" cache="300"></news-feed>`);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['kept']);
    expect(await requestCount(key)).to.equal(0);
  });

  it('keeps the stored list with a quiet "updated at" note when revalidation fails', async () => {
    const key = unique('offline');
    const src = `/__fault/status/503/${key}`;
    storeCopy(src, { items: [{ id: 'a', title: 'Tin đã lưu' }] }, Date.UTC(2020, 7, 21, 10, 24));
    let feed!: NewsFeedElement;
    await capturingWarnings(async () => {
      const holder = await fixture(html`<div></div>`);
      holder.innerHTML = `<news-feed lang="vi" time-zone="Asia/Ho_Chi_Minh" src="${src}"></news-feed>`;
      feed = holder.firstElementChild as NewsFeedElement;
      await oneEvent(feed, 'news-error');
      await feed.updateComplete;
    });
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a']);
    expect(texts(feed, 'status')[0]).to.contain('Cập nhật lúc 17:24, 21/08');
    expect(shadow(feed).querySelector('[part~="retry"]')).to.not.equal(null);
  });

  it('works when storage throws on every call (private mode, blocked storage)', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const feed = await loadedFeed(`<news-feed src="${NATIVE}"></news-feed>`);
      expect(feed.items).to.have.length(5);
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('ignores a stored copy it cannot read', async () => {
    localStorage.setItem(STORE_PREFIX + absolute(NATIVE), '{not json');
    const feed = await loadedFeed(`<news-feed src="${NATIVE}"></news-feed>`);
    expect(feed.items).to.have.length(5);
  });
});

describe('<news-feed> background refresh', () => {
  it('refreshes, re-renders only when something changed, and keeps focus', async () => {
    const key = unique('refresh');
    const feed = await loadedFeed(
      `<news-feed src="/__fault/changing/${key}" refresh="1" cache="0"></news-feed>`,
    );
    expect(texts(feed, 'title')).to.deep.equal(['Phiên bản 1']);
    const link = shadow(feed).querySelector('[part~="title"]')!;
    const item = shadow(feed).querySelector('[part~="item"]')!;
    let loads = 0;
    feed.addEventListener('news-load', () => loads++);
    await waitUntil(() => texts(feed, 'title')[0] === 'Phiên bản 2', 'no refresh', { timeout: 4000 });
    expect(shadow(feed).querySelector('[part~="item"]')).to.equal(item);
    expect(link.isConnected).to.equal(true);
    await waitUntil(async () => (await requestCount(key)) >= 4, 'refreshes stopped', { timeout: 5000 });
    expect(loads).to.equal(1);
  });

  it('stops polling when removed from the page, and when refresh is set to 0', async () => {
    const key = unique('stop');
    const feed = await loadedFeed(
      `<news-feed src="/__fault/changing/${key}" refresh="1" cache="0"></news-feed>`,
    );
    const holder = feed.parentElement!;
    const quietFor = async (ms: number) => {
      // A request already on its way when polling stopped may still arrive: count from after it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = await requestCount(key);
      await new Promise((resolve) => setTimeout(resolve, ms));
      expect(await requestCount(key)).to.equal(before);
    };
    feed.remove();
    await quietFor(2200);
    holder.append(feed);
    const back = await requestCount(key);
    await waitUntil(async () => (await requestCount(key)) >= back + 2, 'did not poll again', {
      timeout: 4000,
    });
    feed.refresh = 0;
    await feed.updateComplete;
    await quietFor(2200);
  });

  it('does not poll while the tab is hidden', async () => {
    const key = unique('hidden');
    const feed = await loadedFeed(
      `<news-feed src="/__fault/changing/${key}" refresh="1" cache="0"></news-feed>`,
    );
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      const before = await requestCount(key);
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect(await requestCount(key)).to.equal(before);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    await waitUntil(() => texts(feed, 'title')[0] === 'Phiên bản 2', 'did not catch up', { timeout: 3000 });
  });
});

describe('<news-feed> at scale', () => {
  it('renders only the page shown of a 5,000-item source', async () => {
    const feed = await loadedFeed(`<news-feed src="/__fault/big/5000" page-size="10"></news-feed>`);
    expect(shadow(feed).querySelectorAll('[part~="item"]')).to.have.length(10);
    expect(feed.items[0].id).to.equal('big-4999');
  });

  itNeeds('devtools-gc', 'leaves no growing heap after 1,000 mount/unmount cycles', async function () {
    this.timeout(60_000);
    const gc = (window as { gc?: () => void }).gc;
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
    if (!gc || !memory) throw new Error('the test browser must run with --js-flags=--expose-gc');
    const holder = await fixture(html`<div></div>`);
    const cycle = async () => {
      const feed = document.createElement('news-feed') as NewsFeedElement;
      feed.src = NATIVE;
      feed.setAttribute('date-format', 'relative');
      const loaded = oneEvent(feed, 'news-load');
      holder.append(feed);
      await loaded;
      feed.remove();
    };
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      gc();
      return memory.usedJSHeapSize;
    };
    for (let i = 0; i < 100; i++) await cycle();
    const baseline = await settle();
    for (let i = 0; i < 1000; i++) await cycle();
    const after = await settle();
    expect(after / baseline).to.be.lessThan(1.05);
    // Nothing left subscribed to the page-wide `lang` observer or the shared relative-time clock.
    expect([langObserverCount(), relativeClockListenerCount()]).to.deep.equal([0, 0]);
  });
});

describe('<news-feed> shared requests and departures', () => {
  it('starts afresh for an element that asks after everyone else gave the request up', async () => {
    const key = unique('abandoned');
    const src = `/__fault/hold/${key}?src=${NATIVE}`;
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed src="${src}"></news-feed>`;
    const leaving = holder.firstElementChild as NewsFeedElement;
    expect((await held(key, { arrived: 1 })).arrived).to.equal(1);
    leaving.remove();
    // Given up (it waits one task for latecomers): the server sees the connection close.
    expect((await held(key, { closed: 1 })).closed).to.equal(1);
    holder.innerHTML = `<news-feed src="${src}"></news-feed>`;
    const staying = holder.firstElementChild as NewsFeedElement;
    const loaded = oneEvent(staying, 'news-load');
    expect((await held(key, { arrived: 2 })).arrived, 'a request of its own').to.equal(2);
    await fetch(`/__fault/release/${key}`);
    await loaded;
    expect(staying.items).to.have.length(5);
  });
});

describe('<news-feed> repeat visits', () => {
  it('paints the stored copy in the first frame after it is inserted', async () => {
    const src = `/__fault/delay/1000/${unique('repeat')}?src=${NATIVE}`;
    storeCopy(
      src,
      { items: [{ id: 'kept', title: 'Tin đã lưu', publishedAt: '2020-08-21T17:24:00+07:00' }] },
      Date.now() - 3_600_000,
    );
    const holder = await fixture(html`<div></div>`);
    holder.innerHTML = `<news-feed lang="vi" time-zone="Asia/Ho_Chi_Minh" src="${src}"></news-feed>`;
    const feed = holder.firstElementChild as NewsFeedElement;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(texts(feed, 'title')).to.deep.equal(['Tin đã lưu']);
    expect(shadow(feed).querySelector('.skeleton')).to.equal(null);
  });
});
