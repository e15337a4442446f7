import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../element/events.js';
import type { NewsItem } from '../sources/types.js';
import { articleIdFor } from './article-source.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    followFeed: string | null;
    articleId: string;
    idParam: string;
    readonly status: string;
  };

/** An item chosen in a feed, with the URL its relative links resolve against. */
export interface ChosenItem {
  item: NewsItem;
  url: string;
}

/** Chosen items kept for Back and Forward: enough for a visit, bounded for a page left open all day. */
const KEEP = 50;

/**
 * `follow-feed`: a feed and an article on one page. A plain click on a feed item (`news-select`) is cancelled
 * and becomes a history entry with the item's id in the page URL; the element's own `popstate` handling then
 * shows the article for the URL's id. With no id in the URL the list is on show: the article is `hidden`.
 * Focus goes to the article's title when a choice opens it and back to the chosen link on Back.
 */
export class FeedFollower implements ReactiveController {
  readonly #chosenItems = new Map<string, ChosenItem>();
  /** Whether the article was open (an id in the URL) at the last update, while following. */
  #open: boolean | undefined;
  #hidByUs: boolean;
  #shownId = '';
  /** The link the visitor chose, to return focus to on Back. */
  #chosenLink: HTMLElement | undefined;
  #focusOnSettle = false;
  #restoreFocus = false;
  #warnedSelector = '';

  readonly #host: Host;

  /** `hidden`: the element hid itself while this chunk loaded; the follower takes that over. */
  constructor(host: Host, hidden = false) {
    this.#host = host;
    this.#hidByUs = hidden;
    host.addController(this);
  }

  get following(): boolean {
    return typeof this.#host.followFeed === 'string';
  }

  /** Following, with no id in the page URL: the page shows the list, there is no article to load. */
  listShown(id: string): boolean {
    return this.following && !id;
  }

  /** The item chosen in a feed for this id, when it can be shown as it is (it has its text, or there is no `src`). */
  chosen(id: string, src: string): ChosenItem | undefined {
    const chosen = id ? this.#chosenItems.get(id) : undefined;
    return chosen && (chosen.item.contentHtml || !src) ? chosen : undefined;
  }

  hostConnected(): void {
    document.addEventListener('news-select', this.#onSelect);
    for (const type of SETTLED) this.#host.addEventListener(type, this.#onSettled);
  }

  hostDisconnected(): void {
    document.removeEventListener('news-select', this.#onSelect);
    for (const type of SETTLED) this.#host.removeEventListener(type, this.#onSettled);
    this.#focusOnSettle = false;
  }

  hostUpdate(): void {
    const host = this.#host;
    if (!this.following) {
      if (this.#hidByUs) host.hidden = false;
      this.#hidByUs = false;
      this.#open = undefined;
      return;
    }
    const id = articleIdFor(host.articleId, host.idParam);
    const open = Boolean(id);
    if (this.#open && !open) {
      // Back to the list. Focus inside the article would be lost with it: it goes back to the chosen link.
      const active = document.activeElement;
      this.#restoreFocus = !active || active === document.body || host.matches(':focus-within');
      emit(host, 'news-close', { id: this.#shownId });
    }
    if (open) this.#shownId = id;
    this.#open = open;
    host.hidden = !open;
    this.#hidByUs = !open;
  }

  hostUpdated(): void {
    if (!this.#restoreFocus) return;
    this.#restoreFocus = false;
    if (this.#chosenLink?.isConnected) this.#chosenLink.focus();
  }

  readonly #onSelect = (event: CustomEvent<{ item: NewsItem }>): void => {
    const item = event.detail?.item;
    const feed = event.composedPath()[0];
    if (!this.following || event.defaultPrevented || !event.cancelable || !item?.id) return;
    if (!(feed instanceof Element) || !this.#follows(event) || opensElsewhere(feed)) return;
    event.preventDefault();
    this.#remember(item, feed);
    this.#chosenLink = focusedLinkIn(feed);
    const param = this.#host.idParam.trim() || 'id';
    const url = new URL(location.href);
    if (url.searchParams.get(param) === item.id && this.#host.status !== 'loading') {
      // The article on show was chosen again: no new history entry, only the focus moves.
      void this.#host.updateComplete.then(() => this.#focusTitle());
      return;
    }
    url.searchParams.set(param, item.id);
    url.hash = '';
    if (url.href !== location.href) history.pushState(null, '', url);
    this.#focusOnSettle = true;
    this.#host.requestUpdate();
  };

  readonly #onSettled = (event: Event): void => {
    if (event.target !== this.#host || !this.#focusOnSettle) return;
    this.#focusOnSettle = false;
    void this.#host.updateComplete.then(() => this.#focusTitle());
  };

  /** Whether the feed that fired is one this article follows: every feed, or those `follow-feed` selects. */
  #follows(event: Event): boolean {
    const selector = (this.#host.followFeed ?? '').trim();
    if (!selector) return true;
    try {
      return event.composedPath().some((node) => node instanceof Element && node.matches(selector));
    } catch {
      if (this.#warnedSelector !== selector) {
        this.#warnedSelector = selector;
        console.warn(`news-article: follow-feed="${selector}" is not a valid CSS selector.`);
      }
      return false;
    }
  }

  #remember(item: NewsItem, feed: Element): void {
    // The feed's own URL is what the item's relative links were written against (one URL; else the page).
    const sources = (feed.getAttribute('src') ?? '').trim().split(/\s+/);
    let url = document.baseURI;
    if (sources.length === 1 && sources[0]) url = new URL(sources[0], document.baseURI).href;
    this.#chosenItems.delete(item.id);
    this.#chosenItems.set(item.id, { item, url });
    if (this.#chosenItems.size > KEEP) this.#chosenItems.delete(this.#chosenItems.keys().next().value!);
  }

  #focusTitle(): void {
    const title = this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="title"]');
    if (!title) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
    // The list may have been long: the article starts at the top of the view, not wherever the list was.
    const { top } = this.#host.getBoundingClientRect();
    if (top < 0 || top > innerHeight) this.#host.scrollIntoView({ block: 'start' });
  }
}

const SETTLED = ['news-load', 'news-error', 'news-not-found'];

/** A feed whose links open another window or frame keeps doing so. */
function opensElsewhere(feed: Element): boolean {
  const target = feed.getAttribute('target')?.trim().toLowerCase();
  return Boolean(target) && target !== '_self';
}

/** The focused element when it is inside `feed`'s shadow tree (a clicked link is focused in most browsers). */
function focusedLinkIn(feed: Element): HTMLElement | undefined {
  let inside = false;
  let active: Element | null | undefined = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    if (active === feed) inside = true;
    active = active.shadowRoot.activeElement;
  }
  return inside && active instanceof HTMLElement ? active : undefined;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-close': CustomEvent<{ id: string }>;
  }
}
