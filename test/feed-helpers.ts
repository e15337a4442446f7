import { fixture, oneEvent } from '@open-wc/testing';
import { forgetSharedRequests } from '../src/data/shared-requests.js';
import type { NewsArticleElement } from '../src/news-article/news-article.js';
import type { NewsFeedElement } from '../src/news-feed/news-feed.js';
import '../src/define.js';

export const FIXTURES = '/test/fixtures';

// Every test starts as a first visit: no stored copies, no answers shared from an earlier test.
beforeEach(() => {
  localStorage.clear();
  forgetSharedRequests();
});

let counter = 0;
/** A key no other request of this run uses, for the fault server's per-key behaviour and counts. */
export const unique = (name = 'k'): string => `${name}-${Date.now().toString(36)}-${++counter}`;

/** How many requests the fault server has had for `key`. */
export async function requestCount(key: string): Promise<number> {
  return ((await (await fetch(`/__fault/count/${key}`)).json()) as { count: number }).count;
}

/**
 * Renders `<news-feed>` from markup and waits until it has answered (news-load or news-error), so that
 * each test asserts on what a visitor would see once the source responded.
 */
export async function loadedFeed(markup: string, container?: Element): Promise<NewsFeedElement> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const feed = holder.querySelector('news-feed') as NewsFeedElement;
  const answered = Promise.race([oneEvent(feed, 'news-load'), oneEvent(feed, 'news-error')]);
  if (container) container.append(...holder.childNodes);
  else await fixture(holder);
  await answered;
  await feed.updateComplete;
  return feed;
}

/** Renders `<news-article>` from markup and waits until it has answered (loaded, failed or found nothing). */
export async function loadedArticle(markup: string): Promise<NewsArticleElement> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const article = holder.querySelector('news-article') as NewsArticleElement;
  const answered = Promise.race([
    oneEvent(article, 'news-load'),
    oneEvent(article, 'news-error'),
    oneEvent(article, 'news-not-found'),
  ]);
  await fixture(holder);
  await answered;
  await article.updateComplete;
  return article;
}

export const shadow = (feed: Element): ShadowRoot => feed.shadowRoot as ShadowRoot;

export const texts = (feed: Element, part: string): string[] =>
  Array.from(shadow(feed).querySelectorAll(`[part~="${part}"]`), (node) =>
    node.textContent!.replace(/[ \t\r\n]+/g, ' ').trim(),
  );

export const attrs = (feed: Element, part: string, name: string): (string | null)[] =>
  Array.from(shadow(feed).querySelectorAll(`[part~="${part}"]`), (node) => node.getAttribute(name));

/** Captures console.warn calls for the duration of `run`. */
export async function capturingWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
