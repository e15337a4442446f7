import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  capturingWarnings,
  FIXTURES,
  loadedFeed,
  requestCount,
  shadow,
  texts,
  unique,
} from '../../test/feed-helpers.js';
import type { NewsFeedElement } from './news-feed.js';
import { itNeeds, pressShiftTab } from '../../test/engine.js';

const NATIVE = `${FIXTURES}/native-basic.json`;
const LONG = `${FIXTURES}/native-long.json`;
const NEWEST_WITHOUT_IMAGE = `${FIXTURES}/native-newest-without-image.json`;
const ids = (feed: NewsFeedElement) => feed.items.map((item) => item.id);
const button = (feed: Element, text: string) =>
  [...shadow(feed).querySelectorAll('button')].find(
    (node) => node.textContent?.trim() === text || node.getAttribute('aria-label') === text,
  ) as HTMLButtonElement;
const announced = (feed: Element) =>
  shadow(feed).querySelector('.visually-hidden[aria-live]')?.textContent?.trim();
const focusedTitle = (feed: Element) => shadow(feed).activeElement?.textContent?.trim();

/** Replaces the search with words no item has, and checks that the list says so, aloud too. */
async function searchForNothing(
  feed: NewsFeedElement,
  input: HTMLInputElement,
  message: string,
): Promise<void> {
  input.select();
  await sendKeys({ type: 'không có tin này' });
  await waitUntil(() => feed.items.length === 0);
  await feed.updateComplete;
  expect(texts(feed, 'status').join(' ')).to.contain(message);
  // Said once: by the one live region that shows it.
  const saying = [...shadow(feed).querySelectorAll('[aria-live], [role="status"], [role="alert"]')].filter(
    (region) => region.textContent!.includes(message),
  );
  expect(saying).to.have.length(1);
}

describe('<news-feed> paging', () => {
  // First in the file, so that the chunk these controls live in has not been loaded by an earlier test.
  it('adds search, tabs and pages switched on after the list is shown, styled', async () => {
    const feed = await loadedFeed(`<news-feed lang="vi" src="${NATIVE}" page-size="2"></news-feed>`);
    expect(shadow(feed).querySelector('[part~="pager"], [part~="search"], [part~="tabs"]')).to.equal(null);
    feed.search = true;
    feed.categoryTabs = true;
    feed.paging = 'pages';
    // The controls' chunk is on its way (this is the file's first use of it): updateComplete includes it.
    await feed.updateComplete;
    expect(shadow(feed).querySelector('[part~="pager"]'), 'pager').to.not.equal(null);
    expect(shadow(feed).querySelector('[part~="tabs"]'), 'tabs').to.not.equal(null);
    const input = shadow(feed).querySelector<HTMLInputElement>('[part~="search"] input')!;
    expect(getComputedStyle(input).minHeight).to.equal('44px');
    expect(getComputedStyle(button(feed, 'Tất cả')).minHeight).to.equal('44px');
    const firstPage = ids(feed);
    button(feed, '2').click();
    await waitUntil(() => announced(feed) === 'Trang 2 / 3', 'page 2 was not announced');
    expect(ids(feed)).to.have.length(2);
    expect(ids(feed).some((id) => firstPage.includes(id))).to.equal(false);
  });

  it('pages locally with numbered buttons, moves focus to the first new item and announces the page', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${NATIVE}" page-size="2" paging="pages"></news-feed>`,
    );
    expect(ids(feed)).to.deep.equal(['tt-101', 'tt-102']);
    const pager = shadow(feed).querySelector('[part~="pager"]')!;
    expect(pager.getAttribute('aria-label')).to.equal('Phân trang');
    expect([...pager.querySelectorAll('.page')].map((node) => node.textContent?.trim())).to.deep.equal([
      '‹',
      '1',
      '2',
      '3',
      '›',
    ]);
    expect(button(feed, '1').getAttribute('aria-current')).to.equal('page');
    expect(button(feed, '‹').disabled).to.equal(true);
    button(feed, '2').click();
    await waitUntil(() => ids(feed)[0] === 'tt-103');
    await feed.updateComplete;
    expect(ids(feed)).to.deep.equal(['tt-103', 'tt-104']);
    expect(focusedTitle(feed)).to.equal('Thông báo lịch tiếp công dân tháng 9/2020');
    expect(announced(feed)).to.equal('Trang 2 / 3');
    button(feed, '›').click();
    await waitUntil(() => ids(feed)[0] === 'tt-105');
    expect(button(feed, '›').disabled).to.equal(true);
  });

  it('loads more with "Xem thêm" until everything is shown', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${NATIVE}" page-size="2" paging="more"></news-feed>`,
    );
    button(feed, 'Xem thêm').click();
    await waitUntil(() => feed.items.length === 4);
    await feed.updateComplete;
    expect(focusedTitle(feed)).to.equal('Thông báo lịch tiếp công dân tháng 9/2020');
    button(feed, 'Xem thêm').click();
    await waitUntil(() => feed.items.length === 5);
    await feed.updateComplete;
    expect(button(feed, 'Xem thêm')).to.equal(undefined);
  });

  it("follows a JSON Feed's next_url for more, leaving out an item seen on the first page", async () => {
    const feed = await loadedFeed(
      `<news-feed lang="en" src="${FIXTURES}/jsonfeed-page-1.json" paging="more" page-size="2"></news-feed>`,
    );
    expect(ids(feed)).to.deep.equal(['p1-a', 'p1-b']);
    button(feed, 'Load more').click();
    await waitUntil(() => feed.items.length === 4);
    expect(ids(feed)).to.deep.equal(['p1-a', 'p1-b', 'p2-a', 'p2-b']);
  });

  it('pages a WordPress source by its X-WP-TotalPages, fetching pages as they are asked for', async () => {
    const key = unique('wp');
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="/__fault/wp/23/${key}?per_page=5" paging="pages" page-size="5"></news-feed>`,
    );
    expect(feed.pageCount).to.equal(5);
    expect(texts(feed, 'title')[0]).to.equal('Bài viết số 23');
    await feed.goToPage(3);
    await feed.updateComplete;
    expect(texts(feed, 'title')).to.deep.equal([
      'Bài viết số 13',
      'Bài viết số 12',
      'Bài viết số 11',
      'Bài viết số 10',
      'Bài viết số 9',
    ]);
    expect(await requestCount(key)).to.equal(3);
    expect([...shadow(feed).querySelectorAll('.page')].map((node) => node.textContent?.trim())).to.deep.equal(
      ['‹', '1', '2', '3', '4', '5', '›'],
    );
  });

  it('shows the numbers around the current page with ellipses when there are many', async () => {
    const feed = await loadedFeed(
      `<news-feed src="/__fault/wp/100/${unique('many')}?per_page=10" paging="pages"></news-feed>`,
    );
    await feed.goToPage(5);
    await feed.updateComplete;
    const labels = [...shadow(feed).querySelectorAll('[part~="pager"] > *')].map((node) =>
      node.textContent?.trim(),
    );
    expect(labels).to.deep.equal(['‹', '1', '…', '4', '5', '6', '…', '10', '›']);
  });

  it('keeps the list when a next page fails, and says so by the pager', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${FIXTURES}/jsonfeed-page-1.json" paging="more" page-size="2"></news-feed>`,
    );
    const page = (feed as unknown as { page: { next: string } }).page;
    page.next = `/__fault/status/404/${unique()}`;
    await capturingWarnings(async () => {
      button(feed, 'Xem thêm').click();
      await oneEvent(feed, 'news-error');
      await feed.updateComplete;
    });
    // `status` tells the truth (issue 16): the list stays, and the failure is said where the visitor looks.
    expect(feed.status).to.equal('error');
    expect(ids(feed)).to.deep.equal(['p1-a', 'p1-b']);
    expect(texts(feed, 'page-status')[0]).to.contain('404');
  });
});

describe('<news-feed> categories and search', () => {
  it('shows only one category, ignoring case and diacritics', async () => {
    const feed = await loadedFeed(`<news-feed src="${NATIVE}" category="van hoa - XA HOI"></news-feed>`);
    expect(ids(feed)).to.deep.equal(['tt-102']);
  });

  it('offers a real tablist of the categories, operable with arrow keys', async () => {
    const feed = await loadedFeed(`<news-feed lang="vi" src="${NATIVE}" category-tabs></news-feed>`);
    const tabs = [...shadow(feed).querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent?.trim())).to.deep.equal([
      'Tất cả',
      'Tin tức - Sự kiện',
      'Văn hoá - Xã hội',
      'Thông báo',
    ]);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal([
      'true',
      'false',
      'false',
      'false',
    ]);
    expect(tabs.map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    tabs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await feed.updateComplete;
    expect(ids(feed)).to.deep.equal(['tt-101', 'tt-104']);
    const selected = shadow(feed).querySelector('[role="tab"][aria-selected="true"]')!;
    expect(selected.textContent?.trim()).to.equal('Tin tức - Sự kiện');
    expect(shadow(feed).activeElement).to.equal(selected);
    expect(shadow(feed).querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).to.equal(
      selected.id,
    );
    await sendKeys({ press: 'End' });
    await feed.updateComplete;
    expect(ids(feed)).to.deep.equal(['tt-103']);
    await sendKeys({ press: 'ArrowRight' });
    await feed.updateComplete;
    expect(ids(feed)).to.have.length(5);
  });

  it('searches without diacritics, highlights the matches and announces the count', async () => {
    const feed = await loadedFeed(`<news-feed lang="vi" src="${NATIVE}" search></news-feed>`);
    const input = shadow(feed).querySelector('input[type="search"]') as HTMLInputElement;
    expect(shadow(feed).querySelector(`label[for="${input.id}"]`)?.textContent).to.equal('Tìm kiếm tin');
    input.focus();
    await sendKeys({ type: 'dang uy' });
    await waitUntil(() => feed.items.length === 1, 'search did not narrow the list');
    await feed.updateComplete;
    expect(ids(feed)).to.deep.equal(['tt-101']);
    const marks = (part: string) =>
      [...shadow(feed).querySelectorAll(`[part~="${part}"] mark`)].map((mark) => mark.textContent);
    expect(marks('title')).to.deep.equal(['Đảng', 'ủy']);
    expect(marks('summary')).to.deep.equal(['Đảng', 'ủy']);
    expect(announced(feed)).to.equal('1 kết quả');
    await searchForNothing(feed, input, 'Không tìm thấy tin phù hợp.');
  });
});

describe('<news-feed> strings of paging, search, tabs and the ticker', () => {
  it('takes messages overrides for them, as for every other string', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${NATIVE}" page-size="2" paging="pages" search category-tabs></news-feed>`,
    );
    feed.messages = {
      pagerLabel: 'Các trang',
      pageOf: 'Trang {page} trên {pages}',
      searchLabel: 'Tìm tin',
      allCategories: 'Mọi chuyên mục',
      noResults: 'Không có tin nào khớp.',
      // Vietnamese has one plural form: a count of one reads resultsOther too.
      resultsOther: 'Thấy {count} tin',
    };
    await feed.updateComplete;
    expect(shadow(feed).querySelector('[part~="pager"]')!.getAttribute('aria-label')).to.equal('Các trang');
    expect(button(feed, '2').getAttribute('aria-label')).to.equal('Trang 2 trên 3');
    expect(shadow(feed).querySelector('[part~="search"] label')!.textContent).to.equal('Tìm tin');
    expect(shadow(feed).querySelector('[role="tab"]')!.textContent!.trim()).to.equal('Mọi chuyên mục');
    button(feed, '2').click();
    await waitUntil(
      () => announced(feed) === 'Trang 2 trên 3',
      'the page was not announced with the override',
    );
    const input = shadow(feed).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'dang uy' });
    await waitUntil(() => announced(feed) === 'Thấy 1 tin', 'the count was not announced with the override');
    await searchForNothing(feed, input, 'Không có tin nào khớp.');
  });

  it('takes messages overrides for the ticker', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="en" layout="ticker" ticker-autoplay src="${NATIVE}"></news-feed>`,
    );
    feed.messages = {
      tickerLabel: 'Latest',
      pauseTicker: 'Hold',
      playTicker: 'Go on',
      nextHeadline: 'Onwards',
      headlineOf: '#{index}/{count}',
    };
    await feed.updateComplete;
    expect(shadow(feed).querySelector('.ticker-label')!.textContent).to.equal('Latest');
    expect(shadow(feed).querySelector('.ticker-position')!.textContent).to.equal('#1/5');
    expect(button(feed, 'Onwards')).to.not.equal(undefined);
    button(feed, 'Hold').click();
    await feed.updateComplete;
    expect(button(feed, 'Go on').getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('<news-feed> layouts', () => {
  const columns = (feed: Element) =>
    getComputedStyle(shadow(feed).querySelector('[part~="list"]')!).gridTemplateColumns.split(' ').length;

  it('lays the grid out in columns from its own width', async () => {
    const wide = await fixture(html`<div style="width: 900px"></div>`);
    const narrow = await fixture(html`<div style="width: 380px"></div>`);
    const [three, one] = await Promise.all([
      loadedFeed(`<news-feed layout="grid" src="${NATIVE}"></news-feed>`, wide),
      loadedFeed(`<news-feed layout="grid" src="${NATIVE}"></news-feed>`, narrow),
    ]);
    expect(columns(three)).to.equal(3);
    expect(columns(one)).to.equal(1);
  });

  it('shows title and date only in the compact layout', async () => {
    const feed = await loadedFeed(`<news-feed layout="compact" src="${NATIVE}"></news-feed>`);
    const root = shadow(feed);
    expect(
      root.querySelectorAll('[part~="image"], [part~="summary"], [part~="views"], [part~="category"]'),
    ).to.have.length(0);
    expect(root.querySelectorAll('[part~="title"]')).to.have.length(5);
    expect(root.querySelectorAll('[part~="date"]')).to.have.length(4);
  });

  it('makes the first item larger when featured', async () => {
    const feed = await loadedFeed(`<news-feed featured src="${NATIVE}"></news-feed>`);
    const [first, second] = shadow(feed).querySelectorAll<HTMLElement>('[part~="title"]');
    expect(parseFloat(getComputedStyle(first).fontSize)).to.be.greaterThan(
      parseFloat(getComputedStyle(second).fontSize),
    );
  });

  it('stands still by default: one headline, previous and next, no pause button, never moving', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" layout="ticker" ticker-seconds="1" src="${NATIVE}"></news-feed>`,
    );
    const titles = texts(feed, 'title');
    expect(titles).to.have.length(1);
    expect(shadow(feed).querySelector('.ticker-toggle')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(texts(feed, 'title')).to.deep.equal(titles);
    expect(shadow(feed).querySelector('.ticker-position')!.textContent).to.equal('1/5');
    expect(shadow(feed).querySelector('[part~="list"]')!.getAttribute('aria-live')).to.equal('polite');
    button(feed, 'Tin sau').click();
    await feed.updateComplete;
    expect(texts(feed, 'title')).to.not.deep.equal(titles);
    expect(shadow(feed).querySelector('.ticker-position')!.textContent).to.equal('2/5');
    button(feed, 'Tin trước').click();
    button(feed, 'Tin trước').click();
    await feed.updateComplete;
    expect(shadow(feed).querySelector('.ticker-position')!.textContent).to.equal('5/5');
  });

  it('moves with ticker-autoplay, one headline at a time, and stops for pause, hover and focus', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" layout="ticker" ticker-autoplay ticker-seconds="1" src="${NATIVE}"></news-feed>`,
    );
    // Moving by itself, the headline is not announced each time: it would talk over everything else.
    expect(shadow(feed).querySelector('[part~="list"]')!.getAttribute('aria-live')).to.equal('off');
    expect(texts(feed, 'title')).to.have.length(1);
    const first = texts(feed, 'title')[0];
    await waitUntil(() => texts(feed, 'title')[0] !== first, 'the ticker did not move', { timeout: 2500 });
    const pause = button(feed, 'Tạm dừng');
    expect(pause.getAttribute('aria-pressed')).to.equal('false');
    pause.click();
    await feed.updateComplete;
    expect(button(feed, 'Chạy tiếp').getAttribute('aria-pressed')).to.equal('true');
    const held = texts(feed, 'title')[0];
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(texts(feed, 'title')[0]).to.equal(held);
    button(feed, 'Chạy tiếp').click();
    shadow(feed).querySelector<HTMLElement>('[part~="title"] a')!.focus();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(texts(feed, 'title')[0]).to.equal(held);
  });

  itNeeds(
    'devtools-media',
    'never moves under prefers-reduced-motion, even with ticker-autoplay',
    async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const feed = await loadedFeed(
          `<news-feed lang="en" layout="ticker" ticker-autoplay ticker-seconds="1" src="${NATIVE}"></news-feed>`,
        );
        const titles = texts(feed, 'title');
        expect(titles).to.have.length(1);
        expect(shadow(feed).querySelector('.ticker-toggle')).to.equal(null);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(texts(feed, 'title')).to.deep.equal(titles);
        expect(button(feed, 'Next headline')).to.not.equal(undefined);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    },
  );
});

describe('<news-feed> theming', () => {
  const surface = (feed: Element) => getComputedStyle(feed).backgroundColor;

  it('is light by default and dark on request', async () => {
    const light = await loadedFeed(`<news-feed src="${NATIVE}"></news-feed>`);
    const dark = await loadedFeed(`<news-feed theme="dark" src="${NATIVE}"></news-feed>`);
    expect(surface(light)).to.equal('rgb(255, 255, 255)');
    expect(surface(dark)).to.equal('rgb(23, 25, 29)');
  });

  itNeeds('devtools-media', 'follows the visitor with theme="auto"', async () => {
    const light = await loadedFeed(`<news-feed src="${NATIVE}"></news-feed>`);
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const auto = await loadedFeed(`<news-feed theme="auto" src="${NATIVE}"></news-feed>`);
      expect(surface(auto)).to.equal('rgb(23, 25, 29)');
      expect(surface(light)).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('<news-feed> accessibility', () => {
  // On the page as it settles: the ticker's headline slides in from transparent for 0.4 s, and contrast
  // measured mid-way is that of no text anyone reads (WebKit once ran axe in that window).
  const axe = async (feed: Element) => {
    const settling = feed
      .shadowRoot!.getAnimations()
      // The skeleton's pulse never ends; an animation cancelled by a render is settled too.
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined));
    await Promise.all(settling);
    await expect(feed).to.be.accessible();
  };

  for (const layout of ['list', 'grid', 'compact', 'ticker']) {
    it(`has no WCAG A/AA violations in the ${layout} layout, with every control on`, async () => {
      const feed = await loadedFeed(
        `<news-feed lang="vi" layout="${layout}" featured search category-tabs paging="pages" page-size="2" src="${NATIVE}"></news-feed>`,
      );
      await axe(feed);
    });
  }

  it('has no violations while loading, empty, failed, or with a search that finds nothing', async () => {
    const loading = await fixture<NewsFeedElement>(
      html`<news-feed lang="vi" src="/__fault/delay/2000/${unique()}?src=${NATIVE}"></news-feed>`,
    );
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    await axe(loading);
    const empty = await loadedFeed(`<news-feed lang="vi" src="${FIXTURES}/native-empty.json"></news-feed>`);
    await axe(empty);
    let failed!: NewsFeedElement;
    await capturingWarnings(async () => {
      failed = await loadedFeed(`<news-feed lang="vi" src="/__fault/status/404/${unique()}"></news-feed>`);
    });
    await axe(failed);
    const searched = await loadedFeed(`<news-feed lang="vi" search src="${NATIVE}"></news-feed>`);
    const input = shadow(searched).querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'zzzz' });
    await waitUntil(() => searched.items.length === 0);
    await axe(searched);
  });

  it('gives every button a touch target of at least 44 px', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" category-tabs paging="pages" page-size="2" src="${NATIVE}"></news-feed>`,
    );
    const sizes = [...shadow(feed).querySelectorAll('button')].map((node) => node.getBoundingClientRect());
    expect(sizes.length).to.be.greaterThan(5);
    for (const size of sizes) {
      expect(size.height).to.be.at.least(44);
      expect(size.width).to.be.at.least(44);
    }
  });

  it('shows a visible focus ring on links and buttons', async () => {
    const feed = await loadedFeed(`<news-feed paging="pages" page-size="2" src="${NATIVE}"></news-feed>`);
    shadow(feed).querySelector<HTMLElement>('[part~="title"] a')!.focus();
    await sendKeys({ press: 'Tab' });
    await pressShiftTab();
    const focused = shadow(feed).activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(focused).outlineWidth)).to.be.at.least(2);
  });
});

describe('<news-feed> layout stability', () => {
  for (const [layout, extra, width, rows = 5, source = rows > 5 ? LONG : NATIVE] of [
    ['list', '', 760],
    ['list', 'featured', 760],
    ['grid', '', 760],
    ['compact', '', 760],
    // A phone or a sidebar: the narrow-column layout, with the meta line under a small image.
    ['list', 'featured', 360],
    ['list', 'hide="category"', 300],
    ['compact', '', 240],
    // More rows than the skeleton draws: one spacer holds the place of the rest.
    ['list', 'featured', 760, 24],
    ['grid', '', 760, 24],
    ['grid', 'featured', 900, 24],
    ['compact', '', 760, 24],
    ['list', '', 360, 24],
    // The skeleton cannot know that the newest item has no picture: its featured frame stays, empty.
    ['list', 'featured', 760, 5, NEWEST_WITHOUT_IMAGE],
    ['grid', 'featured', 900, 5, NEWEST_WITHOUT_IMAGE],
  ] as const) {
    const without = source === NEWEST_WITHOUT_IMAGE ? ', the newest without a picture,' : '';
    it(`reserves about the final height of ${rows} rows${without} of a ${layout}${extra ? ` (${extra})` : ''} at ${width} px before data arrives: CLS ≤ 0.02`, async () => {
      window.scrollTo(0, 0);
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      });
      observer.observe({ type: 'layout-shift' });
      const page = await fixture<HTMLElement>(html`<div></div>`);
      page.style.width = `${width}px`;
      page.innerHTML = `<p>Trên</p><news-feed lang="vi" layout="${layout}" ${extra} page-size="${rows}"
          src="/__fault/delay/500/${unique()}?src=${source}"></news-feed><p id="below">Nội dung bên dưới</p>`;
      const feed = page.querySelector('news-feed') as NewsFeedElement;
      await feed.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await oneEvent(feed, 'news-load');
      await feed.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
      observer.disconnect();
      // Rows are as tall as their words, which the skeleton cannot know: it is drawn as tall as real
      // headlines measure (test/layout-text.test.ts measures those), and the shift must stay negligible.
      expect(shifts.reduce((sum, value) => sum + value, 0)).to.be.at.most(0.02);
    });
  }
});
