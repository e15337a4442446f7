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

/** What became of the requests the fault server held for a key (`/__fault/hold/<key>`). */
export interface Held {
  arrived: number;
  closed: number;
  answered: number;
}

/** The fault server's account of `key`'s held requests, once it has that many arrived or closed. */
export async function held(key: string, atLeast: Partial<Pick<Held, 'arrived' | 'closed'>>): Promise<Held> {
  const query = new URLSearchParams(Object.entries(atLeast).map(([name, count]) => [name, String(count)]));
  return (await (await fetch(`/__fault/held/${key}?${query}`)).json()) as Held;
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

/** A URL the fault server answers with `body` (JSON unless `type` says otherwise): a payload built by a test. */
export function echoUrl(body: unknown, type = 'application/json'): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `/__fault/echo/${unique('echo')}?type=${encodeURIComponent(type)}&body=${encodeURIComponent(text)}`;
}

/** A valid HTML date string, or global date and time string with an offset (`±HH:MM`), year 0001 or later. */
export const HTML_DATETIME =
  /^(?!0000)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/**
 * Runs `run` and resolves with the errors nobody caught meanwhile (uncaught exceptions, unhandled
 * rejections), which a visitor's page would log while the widget shows nothing.
 */
export async function uncaughtDuring(run: () => Promise<void>): Promise<unknown[]> {
  const caught: unknown[] = [];
  const onError = (event: ErrorEvent) => caught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => caught.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Rejections are reported after a task.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return caught;
}

/**
 * What an element that settled must show: not the skeleton, not busy, a status that is not `loading`, and
 * something to read (rows, an article, or the status region's message).
 */
export function expectSettled(element: NewsFeedElement | NewsArticleElement): void {
  const root = element.shadowRoot!;
  if (root.querySelector('.skeleton') || element.status === 'loading' || element.hasAttribute('aria-busy')) {
    throw new Error(`still on its skeleton (status ${element.status}) after its source settled`);
  }
  const shown = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!shown) throw new Error(`settled as ${element.status} but shows nothing`);
}
