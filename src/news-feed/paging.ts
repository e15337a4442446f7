import { nothing, type TemplateResult } from 'lit';
import { appendPage } from '../data/append-page.js';
import { VISITOR_RETRY_POLICY } from '../data/visitor-retry.js';
import { isAbort } from '../errors.js';
import { extrasMessagesFor } from '../i18n/extras-messages.js';
import { fill, type FeedMessages } from '../i18n/messages.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import { renderMoreButton, renderPager } from './feed-controls.js';
import { html } from 'lit';
import type { NewsFeedElement } from './news-feed.js';

/** `feed.goToPage()`: shows page `page` (1-based), loading the source's next pages as needed. */
export async function goToPage(feed: NewsFeedElement, page: number): Promise<void> {
  const target = Math.min(Math.max(1, Math.round(page)), feed.pageCount);
  // A page that could not be loaded is not shown: the one on show stays, with the failure beside the pager.
  if (!(await loadUntil(feed, target * feed.size, () => void goToPage(feed, page)))) return;
  feed.currentPage = Math.min(target, feed.pageCount);
  afterPageChange(feed, 0);
}

/** `feed.showMore()`: shows one more page of `paging="more"`. */
export async function showMore(feed: NewsFeedElement): Promise<void> {
  const firstNew = feed.pagesShown * feed.size;
  if (!(await loadUntil(feed, firstNew + feed.size, () => void showMore(feed)))) return;
  feed.pagesShown++;
  afterPageChange(feed, firstNew);
}

/**
 * Follows the source's own pagination (`next`) until `count` filtered items are at hand or it ends; false
 * when a page failed (reported, with `retry` to try again) or the visitor went elsewhere meanwhile.
 */
async function loadUntil(feed: NewsFeedElement, count: number, retry: () => void): Promise<boolean> {
  while (feed.listPage?.next && feed.filtered.length < count) {
    const list = feed.listPage;
    const next = list.next!;
    const controller = (feed.more = new AbortController());
    feed.loadingMore = true;
    try {
      // The visitor waits with the list in view: a server restarting meanwhile should not end in an error.
      const readMore = list === feed.page ? undefined : feed.archive?.readMore;
      const more = await (readMore
        ? readMore(controller.signal)
        : feed.loadSource(next, { signal: controller.signal, retryPolicy: VISITOR_RETRY_POLICY }));
      if (controller.signal.aborted || feed.listPage !== list) return false;
      if (list === feed.page) feed.page = appendPage(list, more);
      else feed.archive = { ...feed.archive!, answer: appendPage(list, more) };
    } catch (error) {
      if (!isAbort(error)) feed.showError(error, retry);
      return false;
    } finally {
      feed.loadingMore = false;
    }
  }
  pageLoaded(feed);
  return true;
}

/** A page the visitor chose (or an answer to what they asked) is on show: a failure before it is over. */
export function pageLoaded(feed: NewsFeedElement): void {
  if (!feed.pageRetry) return;
  feed.pageRetry = undefined;
  feed.error = undefined;
  feed.outcome = feed.page?.items.length ? 'ready' : 'empty';
}

/** Announces the page, and moves focus to the item at `focusIndex` once it is drawn. */
function afterPageChange(feed: NewsFeedElement, focusIndex: number): void {
  const messages = extrasMessagesFor(resolveLang(feed), feed.messages);
  const current = feed.paging === 'more' ? feed.pagesShown : feed.currentPage;
  feed.announcement = fill(messages.pageOf, { page: current, pages: feed.pageCount });
  void feed.updateComplete.then(() => {
    const items = feed.renderRoot.querySelectorAll('[part~="item"]');
    const target = items[Math.min(focusIndex, items.length - 1)];
    const link = target?.querySelector<HTMLElement>('[part~="title"] a');
    if (link) link.focus();
    // An item without a link still takes focus, so a keyboard user lands on the new page.
    else if (target instanceof HTMLElement) {
      target.tabIndex = -1;
      target.focus();
    }
  });
}

/**
 * The numbered pages or the "load more" button, as `paging` asks, after the failure of a page the visitor
 * chose (with its own retry), in a live region of its own so that it is heard where they are looking.
 */
export function renderPaging(
  feed: NewsFeedElement,
  feedMessages: FeedMessages,
): TemplateResult | typeof nothing {
  if (feed.layout === 'ticker' || feed.paging === 'none') return nothing;
  const messages = extrasMessagesFor(resolveLang(feed), feed.messages);
  const notice =
    feed.error && feed.pageRetry ? feed.renderNotice(feedMessages, true, undefined, feed.pageRetry) : nothing;
  const status = html`<div part="page-status" class="status page-status" role="status" aria-live="polite">
    ${notice}
  </div>`;
  if (feed.paging === 'pages') {
    return html`${status}${renderPager(feed.currentPage, feed.pageCount, messages, (page) => void goToPage(feed, page))}`;
  }
  const list = feed.listPage;
  const more =
    feed.filtered.length > feed.items.length ||
    Boolean(list?.next && (list !== feed.page || !feed.filtering));
  return html`${status}${more ? renderMoreButton(messages, feed.loadingMore, () => void showMore(feed)) : nothing}`;
}
