import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { loadFeed } from '../data/load-feed.js';
import { isAbort, NewsError } from '../errors.js';
import {
  formatDate,
  formatStamp,
  isClockDependent,
  isPattern,
  loadPatternSupport,
  type DateFormat,
} from '../i18n/format-date.js';
import { formatViews, type ViewsFormat } from '../i18n/format-views.js';
import { observeLangChanges } from '../i18n/lang-observer.js';
import { fill, messagesFor, type Messages } from '../i18n/messages.js';
import { onRelativeClockTick } from '../i18n/relative-clock.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import { isoDay, isoWithOffset, usableTimeZone } from '../i18n/time-zone.js';
import { defineElement } from '../internal/define-element.js';
import { emit } from '../internal/events.js';
import { heading } from '../internal/heading.js';
import { jsonObjectAttribute } from '../internal/json-attribute.js';
import type { MergedPage } from '../data/merge-pages.js';
import type { FormatSetting } from '../sources/detect.js';
import type { NewsItem } from '../sources/types.js';
import { feedStyles } from './news-feed.styles.js';
import { linkFor } from './item-link.js';
import { RefreshTimer } from './refresh-timer.js';
import { sortItems, type SortOrder } from './sort-items.js';

export type FeedStatus = 'loading' | 'ready' | 'empty' | 'error';
type Hideable = 'image' | 'summary' | 'date' | 'views' | 'category' | 'source';

/** What every item of one render shares. */
interface ItemContext {
  lang: string;
  messages: Messages;
  hidden: Set<Hideable>;
  timeZone: string | undefined;
  now: number;
}

/**
 * A news list from a JSON source, with dates and view counts formatted for the page's language and zone.
 *
 * @summary News list from a native or JSON Feed source.
 * @tag news-feed
 *
 * @slot - Fallback content (for example server-rendered links) shown until the first load, and on an
 *   error when there is nothing else to show.
 *
 * @fires {CustomEvent<{items: NewsItem[], total: number, formats: string[], stored: boolean}>} news-load - Items
 *   were loaded and shown; `formats` says how each source was read, `stored` that they came from the copy kept
 *   by an earlier visit (fresh ones follow when they differ).
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
 * @csspart retry - The retry button.
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
export class NewsFeedElement extends LitElement {
  static override styles = feedStyles;

  /** Registers the element, by default as `<news-feed>`; does nothing when the name is taken. */
  static define(tagName = 'news-feed'): void {
    defineElement(tagName, this);
  }

  /** `lang` is HTMLElement's own attribute: observe it rather than shadow the native property. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of the source, relative to the page. */
  @property() src = '';

  /** `auto` (detect), `native` or `jsonfeed`. */
  @property() format: FormatSetting = 'auto';

  /** IANA zone for reading offset-less source dates and for display; default: the visitor's. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** `auto`, `relative`, `short`, `medium`, `long`, or a date-fns pattern such as `dd/MM/yyyy | HH:mm`. */
  @property({ attribute: 'date-format' }) dateFormat: DateFormat = 'auto';

  /** `full` (`1.234 lượt xem`) or `compact` (`1,2 N lượt xem`). */
  @property({ attribute: 'views-format' }) viewsFormat: ViewsFormat = 'full';

  /** Items shown at once. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Space-separated parts to leave out: `image summary date views category source`. */
  @property() hide = '';

  /** Link template such as `/tin-tuc/chi-tiet?id={id}`; default: each item's own URL. */
  @property() href = '';

  /** Link target; `_blank` adds `rel="noopener"`. */
  @property() target = '';

  /** `newest`, `most-viewed` or `source` (the source's order). */
  @property() sort: SortOrder = 'newest';

  /** Level (1–6) of each item's heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Seconds before a request counts as failed. */
  @property({ type: Number }) timeout = 10;

  /**
   * Dot paths into the source (`{"items":"data.danhSach","title":"tieuDe","date":"ngayDang"}`): the whole
   * mapping for `format="custom"`, single-field overrides for the other formats. The attribute takes JSON.
   */
  @property({ converter: jsonObjectAttribute }) fields: Record<string, string> | undefined;

  /** A date-fns `parse` pattern for source dates that no built-in form reads, e.g. `dd.MM.yyyy HH'g'mm`. */
  @property({ attribute: 'source-date-format' }) sourceDateFormat = '';

  /** Seconds a stored copy counts as fresh; it is shown at once and revalidated after. `0` stores nothing. */
  @property({ type: Number }) cache = 300;

  /** Seconds between background refreshes while the page is visible; `0` turns them off. */
  @property({ type: Number }) refresh = 0;

  /** Overrides for any UI string, e.g. `{ retry: 'Tải lại' }`. */
  @property({ attribute: false }) messages: Partial<Messages> = {};

  /** The last failure, while the element shows it. */
  @state() error: NewsError | undefined;

  @state() private page: MergedPage | undefined;
  @state() private outcome: Exclude<FeedStatus, 'loading'> | undefined;
  @state() private brokenImages = new Set<string>();

  private langUnsubscribe?: () => void;
  private clockUnsubscribe?: () => void;
  private abortedByRemoval = false;
  /** The next load skips fresh copies: set by a retry and by background refreshes. */
  private freshNext = false;
  private readonly refresher = new RefreshTimer(() => this.refreshInBackground());

  private readonly loader = new Task(this, {
    task: async ([src, format, timeZone, timeout, fields, sourceDateFormat, cache], { signal }) => {
      if (!src) return undefined;
      const fresh = this.freshNext;
      this.freshNext = false;
      // A pattern date format needs date-fns: fetch it alongside the data so the first paint is final.
      const [page] = await Promise.all([
        loadFeed(src, {
          format,
          timeZone,
          timeoutMs: Math.max(1, timeout) * 1000,
          signal,
          fields,
          sourceDateFormat: sourceDateFormat || undefined,
          cacheSeconds: Math.max(0, cache),
          fresh,
          onStored: (stored) => queueMicrotask(() => signal.aborted || this.showPage(stored, true)),
        }),
        isPattern(this.dateFormat) ? loadPatternSupport() : undefined,
      ]);
      return page;
    },
    args: () =>
      [
        this.src.trim(),
        this.format,
        usableTimeZone(this.timeZone),
        this.timeout,
        this.fields,
        this.sourceDateFormat,
        this.cache,
      ] as const,
    onComplete: (page) => this.showPage(page),
    onError: (error) => this.showError(error),
  });

  /** `loading` until the first answer (and while retrying with nothing shown), then `ready`, `empty` or `error`. */
  get status(): FeedStatus {
    const pending = this.loader.status === TaskStatus.PENDING || this.loader.status === TaskStatus.INITIAL;
    return !this.outcome || (pending && !this.page) ? 'loading' : this.outcome;
  }

  /** The items on show, sorted and cut to `page-size`. */
  get items(): NewsItem[] {
    return this.page ? sortItems(this.page.items, this.sort).slice(0, Math.max(1, this.pageSize)) : [];
  }

  /** Loads the source again from the network, keeping what is shown until the answer arrives. */
  reload(): Promise<void> {
    this.freshNext = true;
    return this.loader.run();
  }

  private refreshInBackground(): void {
    if (this.loader.status === TaskStatus.PENDING) return;
    void this.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.langUnsubscribe = observeLangChanges(() => this.requestUpdate());
    this.clockUnsubscribe = onRelativeClockTick(() => {
      if (isClockDependent(this.dateFormat) && this.page) this.requestUpdate();
    });
    if (this.abortedByRemoval) {
      this.abortedByRemoval = false;
      void this.loader.run();
    }
    this.refresher.start(this.refresh);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langUnsubscribe?.();
    this.clockUnsubscribe?.();
    this.refresher.stop();
    // An element moved within the page is disconnected and reconnected in one task: only abort when it
    // really left (@lit/task does not abort on disconnect).
    queueMicrotask(() => {
      if (this.isConnected || this.loader.status !== TaskStatus.PENDING) return;
      this.abortedByRemoval = true;
      this.loader.abort();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Shows a loaded page; `stored` marks the stored copy shown while the network is asked. */
  private showPage(page: MergedPage | undefined, stored = false): void {
    this.error = undefined;
    if (!page) {
      this.page = undefined;
      this.outcome = 'empty';
      return;
    }
    // A refresh that brought nothing new changes nothing on screen (and fires nothing).
    if (this.page && samePage(this.page, page)) {
      page.failures.forEach((failure) => this.report(failure));
      if (page.storedAt !== undefined) this.page = { ...this.page, storedAt: page.storedAt };
      return;
    }
    for (const drop of page.dropped) {
      console.warn(
        `news-feed: item ${drop.label} (#${drop.index + 1}) of ${this.src} was left out: ${drop.reason}.`,
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
    page.failures.forEach((failure) => this.report(failure));
  }

  private showError(error: unknown): void {
    if (isAbort(error)) return;
    const newsError =
      error instanceof NewsError
        ? error
        : new NewsError('format', `news-feed: ${String(error)}`, { url: this.src, cause: error });
    this.error = undefined;
    this.outcome = 'error';
    this.report(newsError);
  }

  private report(error: NewsError): void {
    console.warn(`news-feed: ${error.message}`);
    this.error ??= error;
    emit(this, 'news-error', { error });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refresh') && this.isConnected) this.refresher.start(this.refresh);
    if (changed.has('dateFormat') && isPattern(this.dateFormat)) {
      void loadPatternSupport().then(() => this.requestUpdate());
    }
  }

  protected override updated(): void {
    if (this.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    const messages = messagesFor(lang, this.messages);
    const items = this.items;
    const status = this.status;
    return html`
      <div part="status" class="status" role="status" aria-live="polite">
        ${this.renderStatus(lang, messages, items.length > 0)}
      </div>
      ${
        items.length
          ? this.renderList(items, lang, messages)
          : status === 'error' || (status === 'loading' && this.hasFallback())
            ? html`<slot></slot>`
            : status === 'loading'
              ? this.renderSkeleton(messages)
              : nothing
      }
    `;
  }

  private renderStatus(
    lang: string,
    messages: Messages,
    showingItems: boolean,
  ): TemplateResult | typeof nothing {
    if (this.error && (this.status === 'error' || showingItems)) {
      const storedAt = this.page?.storedAt;
      const text =
        storedAt === undefined
          ? errorText(this.error, messages)
          : `${messages.staleNotice} ${fill(messages.updatedAt, { time: formatStamp(new Date(storedAt), lang, usableTimeZone(this.timeZone)) })}`;
      return html`<div class=${showingItems ? 'notice stale' : 'notice'}>
        <span>${text}</span>
        <button part="retry" class="retry" type="button" @click=${() => this.reload()}>
          ${messages.retry}
        </button>
      </div>`;
    }
    if (this.status === 'empty') return html`<p class="empty">${messages.empty}</p>`;
    return nothing;
  }

  private renderSkeleton(messages: Messages): TemplateResult {
    const rows = Array.from({ length: Math.max(1, Math.min(this.pageSize, 50)) });
    const hidden = this.hiddenParts();
    return html`<ul class="list skeleton" aria-label=${messages.loading}>
      ${rows.map(
        () =>
          html`<li class="item" aria-hidden="true">
            <article class=${hidden.has('image') ? 'no-image' : ''}>
              ${hidden.has('image') ? nothing : html`<div class="thumb"></div>`}
              <div class="head">
                <div class="bar title-bar"></div>
                <div class="bar short"></div>
                ${
                  hidden.has('summary')
                    ? nothing
                    : html`<div class="bar"></div>
                        <div class="bar"></div>`
                }
              </div>
            </article>
          </li>`,
      )}
    </ul>`;
  }

  private renderList(items: NewsItem[], lang: string, messages: Messages): TemplateResult {
    const context: ItemContext = {
      lang,
      messages,
      hidden: this.hiddenParts(),
      timeZone: usableTimeZone(this.timeZone),
      now: Date.now(),
    };
    return html`<ul part="list" class="list" aria-label=${this.page?.title ?? messages.feedLabel}>
      ${repeat(
        items,
        (item) => item.id,
        (item) => this.renderItem(item, context),
      )}
    </ul>`;
  }

  private renderItem(item: NewsItem, context: ItemContext): TemplateResult {
    const link = linkFor(item, this.href, document.baseURI);
    const image =
      context.hidden.has('image') || this.brokenImages.has(item.image?.src ?? '') ? undefined : item.image;
    const onClick = (event: MouseEvent) => this.select(event, item);
    const title = link
      ? html`<a href=${link} target=${this.target || nothing} rel=${this.rel() ?? nothing} @click=${onClick}
          >${item.title}</a
        >`
      : item.title;
    return html`<li part="item" class="item">
      <article class=${image ? '' : 'no-image'}>
        ${
          image
            ? html`<a
                class="thumb"
                href=${ifDefined(link)}
                target=${this.target || nothing}
                rel=${this.rel() ?? nothing}
                tabindex="-1"
                aria-hidden="true"
                @click=${onClick}
              >
                <img
                  part="image"
                  src=${image.src}
                  alt=""
                  loading="lazy"
                  decoding="async"
                  width=${image.width ?? 320}
                  height=${image.height ?? 200}
                  @error=${() => this.forgetImage(image.src)}
                />
              </a>`
            : nothing
        }
        <div class="head">
          ${heading(this.headingLevel, title, 'title', 3)} ${this.renderMeta(item, context)}
        </div>
        ${
          item.summary && !context.hidden.has('summary')
            ? html`<p part="summary" class="summary">${item.summary}</p>`
            : nothing
        }
      </article>
    </li>`;
  }

  private renderMeta(
    item: NewsItem,
    { lang, messages, hidden, timeZone, now }: ItemContext,
  ): TemplateResult | typeof nothing {
    const category = hidden.has('category') ? undefined : item.category;
    const date = hidden.has('date') ? undefined : item.publishedAt;
    const views = hidden.has('views') ? undefined : item.views;
    const source = hidden.has('source') ? undefined : item.source;
    if (!category && !date && views === undefined && !source) return nothing;
    const dateOnly = item.publishedDateOnly;
    return html`<p part="meta" class="meta">
      ${source ? html`<span part="source" class="source">${source}</span>` : nothing}
      ${category ? html`<span part="category" class="category">${category}</span>` : nothing}
      ${
        date
          ? html`<time
              part="date"
              datetime=${dateOnly ? isoDay(date, timeZone) : isoWithOffset(date, timeZone)}
              >${formatDate(date, { locale: lang, timeZone, format: this.dateFormat, dateOnly, now, messages })}</time
            >`
          : nothing
      }
      ${
        views !== undefined
          ? html`<span part="views" class="views"
              >${formatViews(views, lang, this.viewsFormat, messages)}</span
            >`
          : nothing
      }
    </p>`;
  }

  private select(event: MouseEvent, item: NewsItem): void {
    // Modified clicks open tabs and windows: that is the visitor's choice, not a selection.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!emit(this, 'news-select', { item }, true)) event.preventDefault();
  }

  /** A broken image leaves no empty box behind: the item falls back to its text layout. */
  private forgetImage(src: string): void {
    this.brokenImages = new Set(this.brokenImages).add(src);
  }

  private rel(): string | undefined {
    return this.target === '_blank' ? 'noopener' : undefined;
  }

  private hiddenParts(): Set<Hideable> {
    return new Set(this.hide.split(/\s+/).filter(Boolean) as Hideable[]);
  }

  private hasFallback(): boolean {
    return Array.from(this.childNodes).some(
      (node) =>
        node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }
}

function samePage(a: MergedPage, b: MergedPage): boolean {
  return a.items.length === b.items.length && JSON.stringify(a.items) === JSON.stringify(b.items);
}

function errorText(error: NewsError, messages: Messages): string {
  switch (error.kind) {
    case 'network':
      return messages.errorNetwork;
    case 'timeout':
      return messages.errorTimeout;
    case 'http':
      return fill(messages.errorHttp, { status: error.status ?? '' });
    case 'parse':
      return messages.errorParse;
    case 'format':
      return messages.errorFormat;
  }
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
