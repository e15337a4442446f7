import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { FIXTURES, requestCount, unique } from '../../test/feed-helpers.js';
import type { NewsFeedElement } from '../news-feed/news-feed.js';
import type { NewsArticleElement } from './news-article.js';
import '../define.js';

const FEED = `${FIXTURES}/follow-feed.json`;

interface OnePage {
  feed: NewsFeedElement;
  article: NewsArticleElement;
  /** Requests the article made for this id (the fault server counts them per key). */
  requests: (id: string) => Promise<number>;
}

/**
 * A feed and an article on one page, styled as the `follow-feed` documentation suggests: the list is hidden
 * while an article is open. The article's `src` goes through the fault server so that requests are counted.
 */
async function onePage(follow = 'follow-feed', extra = ''): Promise<OnePage> {
  const key = unique('follow');
  const holder = document.createElement('div');
  holder.className = 'one-page';
  holder.innerHTML = `
    <style>.one-page:has(news-article:not([hidden])) news-feed { display: none; }</style>
    <news-feed lang="vi" src="${FEED}" time-zone="Asia/Ho_Chi_Minh" ${extra}></news-feed>
    <news-article lang="vi" ${follow} time-zone="Asia/Ho_Chi_Minh"
      src="/__fault/delay/1/${key}-{id}?src=${FIXTURES}/follow-{id}.json"></news-article>`;
  const feed = holder.querySelector('news-feed')!;
  const article = holder.querySelector('news-article')!;
  const listed = oneEvent(feed, 'news-load');
  await fixture(holder);
  await listed;
  await feed.updateComplete;
  await article.updateComplete;
  return { feed, article, requests: (id) => requestCount(`${key}-${id}`) };
}

const titleLink = (feed: Element, title: string): HTMLAnchorElement =>
  Array.from(feed.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="title"] a')).find(
    (link) => link.textContent!.trim() === title,
  )!;
const articleTitle = (article: Element): string =>
  article.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
const articleBody = (article: Element): string =>
  article.shadowRoot!.querySelector('[part~="body"]')?.textContent?.trim() ?? '';
const idInUrl = (): string | null => new URLSearchParams(location.search).get('id');

/** A real left click in the middle of the element, as a visitor makes it (the browser focuses the link). */
async function click(element: HTMLElement): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + 4), Math.round(box.y + box.height / 2)] });
}

/** Chooses an item and records whether its news-select was cancelled, without ever leaving the test page. */
async function choose(link: HTMLAnchorElement): Promise<boolean> {
  let cancelled: boolean | undefined;
  const record = (event: Event) => {
    cancelled = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('news-select', record, { once: true });
  try {
    link.click();
  } finally {
    window.removeEventListener('news-select', record);
  }
  expect(cancelled, 'news-select fired').not.to.equal(undefined);
  return cancelled!;
}

describe('<news-article follow-feed>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  // First in the file: the following code is a chunk of its own, and no test has loaded it yet.
  it('follows as soon as its update is complete, before any feed has loaded', async () => {
    const holder = await fixture(
      `<div><p class="feed"></p><news-article lang="vi" follow-feed src="${FEED}"></news-article></div>`,
    );
    const article = holder.querySelector('news-article')!;
    await article.updateComplete;
    const select = new CustomEvent('news-select', {
      detail: { item: { id: 'fl-1', title: 'Phường ra quân làm sạch kênh Nhiêu Lộc' } },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    holder.querySelector('.feed')!.dispatchEvent(select);
    expect(select.defaultPrevented, 'the choice stays on the page').to.equal(true);
    expect(idInUrl()).to.equal('fl-1');
  });

  it('shows the chosen item at once, without navigating or a second request, and pushes ?id=', async () => {
    const { feed, article, requests } = await onePage();
    expect(article.hidden).to.equal(true);
    expect(feed.checkVisibility()).to.equal(true);
    const length = history.length;
    const selected = oneEvent(feed, 'news-select');
    const loaded = oneEvent(article, 'news-load');
    await click(titleLink(feed, 'Phường ra quân làm sạch kênh Nhiêu Lộc'));
    expect(((await selected) as Event).defaultPrevented).to.equal(true);
    await loaded;
    await article.updateComplete;
    expect(idInUrl()).to.equal('fl-1');
    expect(history.length).to.equal(length + 1);
    expect(article.hidden).to.equal(false);
    expect(feed.checkVisibility()).to.equal(false);
    expect(articleTitle(article)).to.equal('Phường ra quân làm sạch kênh Nhiêu Lộc');
    expect(articleBody(article)).to.equal('Nội dung đầy đủ của bài một, có sẵn trong nguồn tin.');
    // The body's relative image resolves against the feed it came from.
    expect(article.shadowRoot!.querySelector('[part~="body"] img')!.getAttribute('src')).to.equal(
      new URL(`${FIXTURES}/img/hoi-nghi.svg`, location.href).href,
    );
    expect(await requests('fl-1')).to.equal(0);
    await waitUntil(() => article.shadowRoot!.activeElement?.matches('[part~="title"]'), 'title focused');
  });

  it('returns to the list on Back, focusing the chosen link, and shows the article again on Forward', async () => {
    const { feed, article, requests } = await onePage();
    const link = titleLink(feed, 'Phường ra quân làm sạch kênh Nhiêu Lộc');
    const loaded = oneEvent(article, 'news-load');
    await click(link);
    await loaded;
    expect(idInUrl()).to.equal('fl-1');

    const closed = oneEvent(article, 'news-close');
    history.back();
    expect(((await closed) as CustomEvent<{ id: string }>).detail.id).to.equal('fl-1');
    await article.updateComplete;
    // The list state: nothing is loaded, and the article's description leaves the page with it.
    await waitUntil(() => article.status === 'not-found', 'the article is closed');
    await article.updateComplete;
    expect(idInUrl()).to.equal(null);
    expect(article.hidden).to.equal(true);
    expect(article.item).to.equal(undefined);
    expect(article.querySelectorAll('script[type="application/ld+json"]').length).to.equal(0);
    expect(feed.checkVisibility()).to.equal(true);
    expect(feed.shadowRoot!.activeElement === link, 'the chosen link is focused').to.equal(true);

    const again = oneEvent(article, 'news-load');
    history.forward();
    await again;
    await article.updateComplete;
    expect(idInUrl()).to.equal('fl-1');
    expect(article.hidden).to.equal(false);
    expect(articleTitle(article)).to.equal('Phường ra quân làm sạch kênh Nhiêu Lộc');
    expect(await requests('fl-1')).to.equal(0);
  });

  it('opens the article of a deep link (?id= in the page URL)', async () => {
    history.replaceState(null, '', '?id=fl-2');
    const { article, requests } = await onePage();
    if (!article.item) await oneEvent(article, 'news-load');
    await article.updateComplete;
    expect(article.hidden).to.equal(false);
    expect(articleTitle(article)).to.equal('Lịch tiếp công dân tháng 9');
    expect(articleBody(article)).to.equal('Nội dung bài hai, từ tệp riêng của bài.');
    expect(await requests('fl-2')).to.equal(1);
  });

  it('fetches an item that has no text of its own through src with {id}', async () => {
    const { feed, article, requests } = await onePage();
    const loaded = oneEvent(article, 'news-load');
    expect(await choose(titleLink(feed, 'Hội thi văn nghệ khu phố'))).to.equal(true);
    expect(idInUrl()).to.equal('fl-3');
    await loaded;
    await article.updateComplete;
    expect(articleBody(article)).to.equal('Nội dung bài ba, từ tệp riêng của bài.');
    expect(await requests('fl-3')).to.equal(1);
  });

  it('follows only the feeds its selector names', async () => {
    const other = await onePage('follow-feed="#tin-chinh"');
    expect(await choose(titleLink(other.feed, 'Lịch tiếp công dân tháng 9'))).to.equal(false);
    expect(idInUrl()).to.equal(null);
    const named = await onePage('follow-feed="#tin-chinh"', 'id="tin-chinh"');
    expect(await choose(titleLink(named.feed, 'Lịch tiếp công dân tháng 9'))).to.equal(true);
    expect(idInUrl()).to.equal('fl-2');
  });

  it('leaves the feed links alone when no article follows the feed', async () => {
    const { feed, article } = await onePage('');
    expect(await choose(titleLink(feed, 'Lịch tiếp công dân tháng 9'))).to.equal(false);
    expect(idInUrl()).to.equal(null);
    expect(article.hidden).to.equal(false);
  });

  it('stops following when the article is removed, and follows again when it is put back', async () => {
    const { feed, article } = await onePage();
    const parent = article.parentElement!;
    article.remove();
    expect(await choose(titleLink(feed, 'Lịch tiếp công dân tháng 9'))).to.equal(false);
    expect(idInUrl()).to.equal(null);
    parent.append(article);
    expect(await choose(titleLink(feed, 'Lịch tiếp công dân tháng 9'))).to.equal(true);
    expect(idInUrl()).to.equal('fl-2');
  });

  it('uses the parameter id-param names', async () => {
    const { feed } = await onePage('follow-feed id-param="ma"');
    expect(await choose(titleLink(feed, 'Lịch tiếp công dân tháng 9'))).to.equal(true);
    expect(new URLSearchParams(location.search).get('ma')).to.equal('fl-2');
    expect(idInUrl()).to.equal(null);
  });
});
