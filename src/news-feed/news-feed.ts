import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task, TaskStatus } from '@lit/task';
import type { MergedPage } from '../data/merge-pages.js';
import { asNewsError, isAbort, NewsError } from '../errors.js';
import * as parts from '../parts.js';
import {
  formatDate,
  isClockDependent,
  loadPatternSupport,
  needsPatternSupport,
} from '../i18n/format-date.js';
import { formatViews } from '../i18n/format-views.js';
import { messagesFor, type FeedMessages } from '../i18n/messages.js';
import { onRelativeClockTick } from '../i18n/relative-clock.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import { isoWithOffset, usableTimeZone } from '../i18n/time-zone.js';
import { defineElement } from '../element/define-element.js';
import { emit } from '../element/events.js';
import { AbortOnRemoval } from '../element/abort-on-removal.js';
import { NewsSourceElement } from '../element/news-source-element.js';
import { storyKey } from '../sources/story.js';
import type { NewsItem } from '../sources/types.js';
import { CHOICES, chosen, DEFAULT_PAGE_SIZE, hasInvalidAttribute } from './attribute-choices.js';
import { feedStyles } from './news-feed.styles.js';
import { linkFor } from './item-link.js';
import {
  renderItem,
  renderSkeleton,
  sizeDeferredRows,
  type Hideable,
  type ItemContext,
} from './render-item.js';
import { sortItems, type SortOrder } from './sort-items.js';
import type { ArchiveState } from './archive.js';
import type { TickerController } from './ticker.js';

export type FeedStatus = 'loading' | 'ready' | 'empty' | 'error';
export type FeedLayout = 'list' | 'grid' | 'compact' | 'ticker';
export type FeedPaging = 'none' | 'more' | 'pages';

/** The paging, categories, search, ticker and refresh chunk, fetched once for the page. */
const extras = parts.feedExtras;
/** What `compact` leaves out: a sidebar list is a title and a date. */
const COMPACT_HIDES: Hideable[] = ['image', 'summary', 'views', 'category', 'source'];

/**
 * A news list from a JSON source, with dates and view counts formatted for the page's language and zone.
 *
 * @summary News list from our JSON, JSON Feed, WordPress, RSS/Atom or any CMS JSON.
 * @tag news-feed
 *
 * @attr {string} lang - The language (the native attribute, observed): else the nearest ancestor's `lang`
 *   across shadow roots, else `<html lang>`, else the browser's. `vi` and `en` have their own labels.
 * @slot - Fallback content (for example server-rendered links) shown until the first load, and on an
 *   error when there is nothing else to show.
 *
 * @fires {CustomEvent<{items: NewsItem[], total: number, formats: string[], stored: boolean, item?: NewsItem}>} news-load -
 *   Items were loaded and shown; `formats` says how each source was read, `stored` that they came from the copy
 *   kept by an earlier visit (fresh ones follow when they differ); `item` only from `<news-article>`. One shape
 *   for both elements (src/element/events.ts).
 * @fires {CustomEvent<{error: NewsError}>} news-error - Loading failed; `error.kind` says how.
 * @fires {CustomEvent<{item: NewsItem}>} news-select - An item was chosen; cancel it to stop the navigation.
 *
 * @csspart list - The `<ul>` of items.
 * @csspart item - One `<li>`.
 * @csspart title - An item's heading.
 * @csspart image - An item's image.
 * @csspart summary - An item's summary.
 * @csspart meta - The line with category, date and views.
 * @csspart date - The `<time>` element.
 * @csspart views - The view count.
 * @csspart category - The category.
 * @csspart source - Which feed an item came from, when `src` names several.
 * @csspart status - Loading, empty and error messages.
 * @csspart page-status - The failure of a page the visitor chose, by the pager.
 * @csspart retry - The retry button.
 * @csspart pager - The page buttons, or the "load more" button.
 * @csspart tabs - The category tab bar.
 * @csspart search - The search box.
 * @csspart match - A matched word of a search, highlighted.
 * @csspart ticker - The `ticker` layout's frame.
 *
 * @cssprop [--news-accent=#b71c1c] - Links on hover, category, focus ring, buttons.
 * @cssprop [--news-text=#1d1d1f] - Text colour.
 * @cssprop [--news-muted=#595959] - Secondary text colour (meta line).
 * @cssprop [--news-surface=#ffffff] - Background.
 * @cssprop [--news-font=system-ui] - Font family.
 * @cssprop [--news-font-size=16px] - Base font size.
 * @cssprop [--news-radius=8px] - Corner radius of images and boxes.
 * @cssprop [--news-gap=16px] - Space between items.
 */
export class NewsFeedElement extends NewsSourceElement {
  /** Lit's reactive properties; their descriptions are on the fields below. */
  static override get properties(): PropertyDeclarations {
    return {
      pageSize: { type: Number, attribute: 'page-size' },
      hide: {},
      href: {},
      target: {},
      sort: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      refresh: { type: Number },
      layout: { reflect: true },
      paging: {},
      category: {},
      categoryTabs: { type: Boolean, attribute: 'category-tabs' },
      search: { type: Boolean },
      featured: { type: Boolean },
      tickerSeconds: { type: Number, attribute: 'ticker-seconds' },
      tickerAutoplay: { type: Boolean, attribute: 'ticker-autoplay' },
      theme: { reflect: true },
      pinned: {},
      page: { state: true, attribute: false },
      outcome: { state: true, attribute: false },
      brokenImages: { state: true, attribute: false },
      chosenCategory: { state: true, attribute: false },
      searchText: { state: true, attribute: false },
      query: { state: true, attribute: false },
      currentPage: { state: true, attribute: false },
      pagesShown: { state: true, attribute: false },
      loadingMore: { state: true, attribute: false },
      pageRetry: { state: true, attribute: false },
      archive: { state: true, attribute: false },
      announcement: { state: true, attribute: false },
    };
  }

  static override styles = feedStyles;

  /** Registers the element, by default as `<news-feed>`; does nothing when the name is taken. */
  static define(tagName = 'news-feed'): void {
    defineElement(tagName, this);
  }

  /** Items shown at once. */
  pageSize = 10;

  /** Space-separated parts to leave out: `image summary date views category source`. */
  hide = '';

  /** Link template such as `/tin-tuc/chi-tiet?id={id}`; default: each item's own URL. */
  href = '';

  /** Link target; `_blank` adds `rel="noopener"`. */
  target = '';

  /** `newest`, `most-viewed` or `source` (the source's order). */
  sort: SortOrder = 'newest';

  /** Level (1–6) of each item's heading. */
  headingLevel = 3;

  /** Seconds between background refreshes while the page is visible; `0` turns them off. */
  refresh = 0;

  /** `list`, `grid`, `compact` (title and date, for sidebars) or `ticker` (one headline, previous/next). */
  layout: FeedLayout = 'list';

  /** `none`, `more` (a "Xem thêm" button) or `pages` (numbered pages). */
  paging: FeedPaging = 'none';

  /** Show only items of this category or tag (case- and diacritic-insensitive). */
  category = '';

  /** A tab bar of the categories present. */
  categoryTabs = false;

  /** A search box; matching ignores case and Vietnamese diacritics. */
  search = false;

  /** Shows the first item larger (`list` and `grid`). */
  featured = false;

  /** Seconds each headline of the `ticker` layout stays, with `ticker-autoplay`. */
  tickerSeconds = 5;

  /**
   * The `ticker` moves on by itself (with a pause button; still on hover and focus, never under reduced
   * motion). Without it the ticker stands still and the visitor steps with previous/next.
   */
  tickerAutoplay = false;

  /**
   * `first` (default): items the source pins (WordPress's sticky posts, asked of its server) lead the newest,
   * as the site's home page shows them; `inline`: they keep their place by date.
   */
  pinned: 'first' | 'inline' = 'first';

  /** `light` (default), `dark`, or `auto` to follow the visitor's `prefers-color-scheme`. */
  theme: 'light' | 'dark' | 'auto' = 'light';

  // The members marked internal are what the extras chunk (paging, tabs, search) reads and sets.

  /** @internal */
  page: MergedPage | undefined;
  /** @internal */
  outcome: Exclude<FeedStatus, 'loading'> | undefined;
  private brokenImages = new Set<string>();
  /** @internal The tab the visitor chose; until then the `category` attribute rules. */
  chosenCategory: string | undefined;
  /** @internal */
  searchText = '';
  /** @internal */
  query = '';
  /** @internal */
  currentPage = 1;
  /** @internal */
  pagesShown = 1;
  /** @internal */
  loadingMore = false;
  /**
   * @internal Set while a page the visitor chose could not be loaded: it tries that page again. The page
   * shown before stays, and the notice shows by the pager.
   */
  pageRetry: (() => void) | undefined;
  /** @internal What the list answers beyond the source's loaded pages (a search, category or order). */
  archive: ArchiveState | undefined;
  /** @internal A polite announcement: the page shown, or how many items a search found. */
  announcement = '';

  #clockUnsubscribe?: () => void;
  /** The next load skips fresh copies: set by a retry and by background refreshes. */
  #freshNext = false;
  /** The `src` whose answer is on show, and the one the last load asked: a refresh when they are one. */
  #shownSrc = '';
  #loadedSrc = '';
  /** @internal */
  searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** @internal The request for the source's next page. */
  more: AbortController | undefined;
  #sorted: { page: MergedPage; sort: SortOrder; pinnedFirst: boolean; items: NewsItem[] } | undefined;
  /** @internal */
  ticker?: TickerController;

  readonly #loader = new Task(this, {
    // The other arguments only say when to load again (see `loadSource`).
    task: async ([src], { signal }) => {
      if (!src) return undefined;
      const fresh = this.#freshNext;
      this.#freshNext = false;
      // A pattern date format needs date-fns, and paging, tabs, search or the ticker their chunk: fetch them
      // alongside the data so that the first paint is final.
      const [page] = await Promise.all([
        this.loadSource(src, {
          signal,
          fresh,
          onStored: (stored) => queueMicrotask(() => signal.aborted || this.#showPage(stored, true)),
        }).then(async (first) => {
          // Pinned items are asked of the server where it can be (pinned.ts); without their part, as when
          // their request fails, the list shows them where they fall.
          const url = this.pinned === 'inline' ? undefined : first.ask?.({ pinned: true });
          if (!url) return first;
          // The request and the part download together; pinned.ts reports the request's failure.
          const answer = this.loadSource(url, { signal, fresh });
          answer.catch(() => undefined);
          return parts.pinned.load().then(
            (pinned) => pinned.withPinned(this, first, answer),
            () => first,
          );
        }),
        needsPatternSupport(this.dateFormat) ? loadPatternSupport() : undefined,
        this.#usesExtras ? extras.load() : undefined,
      ]);
      this.#loadedSrc = src;
      return page;
    },
    args: () => [this.src.trim(), ...this.sourceSettings(), this.pinned] as const,
    onComplete: (page) => this.#showPage(page),
    onError: (error) => this.showError(error),
  });

  /** `loading` until the first answer (and while retrying with nothing shown), then `ready`, `empty` or `error`. */
  get status(): FeedStatus {
    const pending = this.#loader.status === TaskStatus.PENDING || this.#loader.status === TaskStatus.INITIAL;
    const waitingForFilters = this.filtering && !extras.loaded;
    return !this.outcome || (pending && !this.page) || waitingForFilters ? 'loading' : this.outcome;
  }

  /** The items on show: sorted, filtered by category and search, cut to the page. */
  get items(): NewsItem[] {
    const size = this.size;
    const all = this.filtered;
    if (this.paging === 'more') return all.slice(0, size * this.pagesShown);
    if (this.paging === 'pages') return all.slice((this.currentPage - 1) * size, this.currentPage * size);
    return all.slice(0, size);
  }

  /**
   * How many pages there are: the source's own count when it says (or its server's, for an answer to a
   * search, category or order), else as many as the loaded items fill.
   */
  get pageCount(): number {
    const loaded = Math.ceil(this.filtered.length / this.size);
    const list = this.listPage;
    if (!list || (this.filtering && list === this.page)) return Math.max(1, loaded);
    const known = list.total ? Math.ceil(list.total / this.size) : loaded + (list.next ? 1 : 0);
    return Math.max(1, loaded, known);
  }

  /** @internal The answer the list pages through: the server's answer to what is asked, else the source's. */
  get listPage(): MergedPage | undefined {
    return extras.loaded?.archiveAnswer(this) ?? this.page;
  }

  /** Loads the source again from the network, keeping what is shown until the answer arrives. */
  reload(): Promise<void> {
    this.#freshNext = true;
    return this.#loader.run();
  }

  /** Shows page `page` (1-based) of `paging="pages"`, loading the source's next pages as needed. */
  async goToPage(page: number): Promise<void> {
    return (await extras.load()).goToPage(this, page);
  }

  /** Shows one more page of `paging="more"`. */
  async showMore(): Promise<void> {
    return (await extras.load()).showMore(this);
  }

  /** Whether an attribute asks for what the extras chunk holds. */
  get #usesExtras(): boolean {
    return (
      this.search ||
      this.categoryTabs ||
      // The most viewed of a paged source are found by asking or reading further (archive.ts).
      this.sort === 'most-viewed' ||
      this.filtering ||
      this.paging !== 'none' ||
      this.layout === 'ticker' ||
      this.refresh > 0
    );
  }

  /** @internal The page size in use: `page-size` when it is a number from 1 up, else 10. */
  get size(): number {
    const size = Math.round(this.pageSize);
    return size >= 1 ? size : DEFAULT_PAGE_SIZE;
  }

  /** @internal */
  get activeCategory(): string {
    return this.chosenCategory ?? this.category;
  }

  /** @internal */
  get filtering(): boolean {
    return Boolean(this.activeCategory.trim() || this.query.trim());
  }

  /** @internal Every loaded item that passes the category and search, in sort order. */
  get filtered(): NewsItem[] {
    const answer = extras.loaded?.archiveAnswer(this);
    // The server searched and filtered; the list only orders its answer.
    if (answer) return sortItems(answer.items, this.sort);
    if (!this.page) return [];
    const sort = chosen(CHOICES.sort, this.sort);
    // Pinned items lead the list as the site shows it, not a category's or a search's.
    const pinnedFirst = this.pinned !== 'inline' && !this.filtering;
    let sorted = this.#sorted;
    if (sorted?.page !== this.page || sorted.sort !== sort || sorted.pinnedFirst !== pinnedFirst) {
      const items = sortItems(this.page.items, sort, pinnedFirst);
      sorted = this.#sorted = { page: this.page, sort, pinnedFirst, items };
    }
    if (!this.filtering) return [...sorted.items];
    // Until the filtering code is here, nothing passes for a match: the element shows that it is loading.
    return extras.loaded?.filterItems(sorted.items, this.activeCategory, this.query) ?? [];
  }

  #refreshInBackground(): void {
    if (this.#loader.status === TaskStatus.PENDING) return;
    void this.reload();
  }

  constructor() {
    super();
    this.addController(
      new AbortOnRemoval(
        this,
        () => this.#loader,
        () => this.more?.abort(),
      ),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clockUnsubscribe = onRelativeClockTick(() => {
      if (isClockDependent(this.dateFormat) && this.page) this.requestUpdate();
    });
    this.#warmFormatters();
  }

  /**
   * The first Intl formatters of a page cost tens of milliseconds to build (hundreds on a slow phone): build
   * this element's while the data is on its way, not in the task that renders it. A plain timer, not a
   * background-priority task: those waited past the whole load of a large source, which moved the cost into
   * the render's task (bench/large-source.mjs: 101 against 65 ms, median of the longest task).
   */
  #warmFormatters(): void {
    setTimeout(() => {
      if (!this.isConnected || this.page) return;
      const lang = resolveLang(this);
      const messages = messagesFor(lang, this.messages);
      const timeZone = usableTimeZone(this.timeZone);
      const now = Date.now();
      // What the list will use: a day-old item shows with the preset of `auto` (a date of now is only
      // "just now", which builds no formatter at all).
      formatDate(new Date(now - 2e8), { locale: lang, timeZone, format: this.dateFormat, now, messages });
      formatViews(1234, lang, this.viewsFormat, messages);
      isoWithOffset(new Date(), timeZone);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#clockUnsubscribe?.();
    clearTimeout(this.searchTimer);
  }

  /** Shows a loaded page; `stored` marks the stored copy shown while the network is asked. */
  #showPage(loaded: MergedPage | undefined, stored = false): void {
    this.error = undefined;
    this.pageRetry = undefined;
    if (!loaded) {
      this.page = undefined;
      this.outcome = 'empty';
      return;
    }
    // A refresh brings the first page: the pages the visitor went on to (with the extras) stay behind it.
    const page =
      (this.page && !stored && this.#shownSrc === this.#loadedSrc
        ? extras.loaded?.refreshFirstPage(this.page, loaded)
        : undefined) ?? loaded;
    this.#shownSrc = this.#loadedSrc;
    // A refresh that brought nothing new changes nothing on screen (and fires nothing).
    if (this.page && samePage(this.page, page)) {
      if (this.outcome === 'error') this.outcome = this.page.items.length ? 'ready' : 'empty';
      page.failures.forEach((failure) => this.#report(failure));
      if (page.storedAt !== undefined) this.page = { ...this.page, storedAt: page.storedAt };
      return;
    }
    for (const drop of page.dropped) {
      console.warn(
        `news-feed: item ${drop.label} (#${drop.index + 1}) of ${this.src} was left out: ${drop.reason}.`,
      );
    }
    if (page.repeatedIds) {
      const ids = page.repeatedIds.map((id) => `"${id}"`).join(', ');
      console.warn(
        `news-feed: ${this.src} gives one id to several stories (${ids}); their URLs keep them apart.`,
      );
    }
    this.page = page;
    this.outcome = page.items.length ? 'ready' : 'empty';
    emit(this, 'news-load', {
      items: this.items,
      total: page.total ?? page.items.length,
      formats: page.formats,
      stored,
    });
    // One unit's server being down must not hide the others' news: report it beside the list.
    page.failures.forEach((failure) => this.#report(failure));
  }

  /**
   * @internal Reports a failure: `status` says `error` and `error` says which, while what is shown stays.
   * `retryPage` for a page the visitor chose, which its notice (by the pager) tries again.
   */
  showError(error: unknown, retryPage?: () => void): void {
    if (isAbort(error)) return;
    this.error = undefined;
    this.outcome = 'error';
    this.pageRetry = retryPage;
    this.#report(asNewsError(error, 'news-feed', this.src));
  }

  #report(error: NewsError): void {
    console.warn(`news-feed: ${error.message}`);
    this.error ??= error;
    emit(this, 'news-error', { error });
  }

  /** @internal */
  resetPaging(): void {
    this.currentPage = 1;
    this.pagesShown = 1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (hasInvalidAttribute(this, changed)) {
      const values = new Map(changed);
      void parts.attributeWarnings.load().then(
        (chunk) => chunk.warnInvalidAttributes(this, values),
        () => undefined,
      );
    }
    if (this.#usesExtras) this.#useExtras();
    if (changed.has('category')) this.chosenCategory = undefined;
    if (changed.has('src') || changed.has('category') || changed.has('paging') || changed.has('pageSize')) {
      this.more?.abort();
      this.resetPaging();
    }
    if (changed.has('src')) this.archive = undefined;
  }

  /** Sets up the extras' controllers and styles once the chunk is here; until then, asks for it. */
  #useExtras(): void {
    if (!extras.loaded) {
      this.waitForChunk(extras);
      return;
    }
    if (!this.ticker) extras.loaded.attachExtras(this, () => this.#refreshInBackground());
  }

  protected override updated(): void {
    if (this.status === 'loading') {
      this.setAttribute('aria-busy', 'true');
      // Measuring the skeleton forces a layout (13–25 ms a visit at 20 rows, bench/profile.mjs): do it in the
      // frame that draws it, whose layout is due anyway, and not at all when the items come first (a stored
      // copy, shown a few microtasks after this skeleton).
      requestAnimationFrame(() => this.status === 'loading' && sizeDeferredRows(this.renderRoot));
    } else this.removeAttribute('aria-busy');
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    const messages = messagesFor(lang, this.messages);
    const items = this.items;
    const status = this.status;
    const noMatch = status === 'ready' && !items.length && this.filtering && !this.archive?.reading;
    return html`
      ${this.search && extras.loaded ? extras.loaded.renderSearch(this) : nothing}
      ${this.categoryTabs && this.page && extras.loaded ? extras.loaded.renderTabs(this) : nothing}
      <div part="status" class="status" role="status" aria-live="polite">
        ${this.#renderStatus(messages, items.length > 0)}
        ${noMatch ? extras.loaded?.renderNoMatch(this) : nothing}
        ${extras.loaded?.renderCoverage(this) ?? nothing}
      </div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      <div
        id="panel"
        class="panel"
        role=${ifDefined(this.categoryTabs ? 'tabpanel' : undefined)}
        aria-labelledby=${ifDefined(
          this.categoryTabs && this.page ? (extras.loaded?.activeTabId(this) ?? 'tab-0') : undefined,
        )}
      >
        ${
          items.length
            ? this.#renderItems(items, lang, messages)
            : status === 'error' || (status === 'loading' && this.hasFallback())
              ? html`<slot></slot>`
              : status === 'loading'
                ? renderSkeleton(
                    this.#skeletonRows,
                    this.#hiddenParts(),
                    messages.loading,
                    this.#listClasses(),
                    this.featured && (this.layout === 'list' || this.layout === 'grid'),
                  )
                : nothing
        }
      </div>
      ${items.length && extras.loaded ? extras.loaded.renderPaging(this, messages) : nothing}
    `;
  }

  /** As many rows as will show: a page, or fewer when the items in hand (waiting for a filter) are fewer. */
  get #skeletonRows(): number {
    if (this.layout === 'ticker') return 1;
    return Math.min(this.size, this.page?.items.length ?? Infinity);
  }

  #renderStatus(messages: FeedMessages, showingItems: boolean): TemplateResult | typeof nothing {
    if (this.pageRetry) return nothing;
    if (this.error && (this.status === 'error' || showingItems)) {
      return this.renderNotice(messages, showingItems, this.page?.storedAt);
    }
    if (this.status === 'empty') return html`<p class="empty">${messages.empty}</p>`;
    return nothing;
  }

  #renderItems(items: NewsItem[], lang: string, messages: FeedMessages): TemplateResult {
    const context = this.#itemContext(lang, messages);
    const listLabel = this.page?.title ?? messages.feedLabel;
    if (this.layout === 'ticker' && this.ticker && extras.loaded) {
      return extras.loaded.renderTicker(
        this,
        this.ticker,
        items,
        (item) => renderItem(item, context),
        listLabel,
      );
    }
    const featured = this.featured && (this.layout === 'list' || this.layout === 'grid');
    const row = (item: NewsItem, i: number) => renderItem(item, context, featured && i === 0);
    // Filters, pages, refreshes and the ticker change the rows under the visitor's eyes: there, each row keeps
    // its elements by id (Lit's `repeat`, which comes with their chunk). A plain list updates in place.
    return html`<ul part="list" class="list ${this.#listClasses()}" aria-label=${listLabel}>
      ${extras.loaded ? extras.loaded.repeat(items, storyKey, row) : items.map(row)}
    </ul>`;
  }

  /**
   * The layout's class, and `slim-meta` when no category or source badge (several sources) shares the meta line: date and views
   * fit one line anywhere, so rows need not keep room for a second.
   */
  #listClasses(): string {
    const hidden = this.#hiddenParts();
    const layout = this.layout === 'ticker' ? 'compact ticker-skeleton' : chosen(CHOICES.layout, this.layout);
    const badges = hidden.has('source') || !/\s/.test(this.src.trim());
    return hidden.has('category') && badges ? `${layout} slim-meta` : layout;
  }

  #itemContext(lang: string, messages: FeedMessages): ItemContext {
    const hidden = this.#hiddenParts();
    return {
      lang,
      messages,
      hidden,
      timeZone: usableTimeZone(this.timeZone),
      now: Date.now(),
      dateFormat: this.dateFormat,
      viewsFormat: this.viewsFormat,
      headingLevel: this.headingLevel,
      target: this.target,
      highlight: extras.loaded?.highlighter(this.query),
      linkFor: (item) => linkFor(item, this.href, document.baseURI),
      onSelect: (event, item) => this.#select(event, item),
      brokenImages: this.brokenImages,
      onImageError: (src) => this.#forgetImage(src),
      // The thumbnail's width beside a list row (104 px on a phone), or a card's.
      imageSizes:
        this.layout === 'grid' ? '(max-width: 480px) 100vw, 360px' : '(max-width: 480px) 104px, 168px',
    };
  }

  #select(event: MouseEvent, item: NewsItem): void {
    // Modified clicks open tabs and windows: that is the visitor's choice, not a selection.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!emit(this, 'news-select', { item }, true)) event.preventDefault();
  }

  /** A broken image is not asked for again on every render. */
  #forgetImage(src: string): void {
    this.brokenImages = new Set(this.brokenImages).add(src);
  }

  #hiddenParts(): Set<Hideable> {
    const hidden = new Set(this.hide.split(/\s+/).filter(Boolean) as Hideable[]);
    if (this.layout === 'compact' || this.layout === 'ticker') {
      COMPACT_HIDES.forEach((part) => hidden.add(part));
    }
    return hidden;
  }
}

/** Whether two answers show the same: the same items, and the same paging after them. */
function samePage(a: MergedPage, b: MergedPage): boolean {
  return (
    a.next === b.next &&
    a.total === b.total &&
    a.items.length === b.items.length &&
    JSON.stringify(a.items) === JSON.stringify(b.items)
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'news-feed': NewsFeedElement;
  }
  interface GlobalEventHandlersEventMap {
    'news-load': CustomEvent<{ items: NewsItem[]; total: number; formats: string[]; stored: boolean }>;
    'news-error': CustomEvent<{ error: NewsError }>;
    'news-select': CustomEvent<{ item: NewsItem }>;
  }
}
