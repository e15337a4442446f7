import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { loadFeed, type LoadOptions } from '../data/load-feed.js';
import type { MergedPage } from '../data/merge-pages.js';
import type { NewsError } from '../errors.js';
import { needsPatternSupport, type DateFormat } from '../i18n/format-date.js';
import type { ViewsFormat } from '../i18n/format-views.js';
import { observeLangChanges } from '../i18n/lang-observer.js';
import type { FeedMessages, Messages } from '../i18n/messages.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import { usableTimeZone } from '../i18n/time-zone.js';
import type { FormatSetting } from '../sources/detect.js';
import { jsonObjectAttribute } from './json-attribute.js';
import * as parts from '../parts.js';
import { isPrerendered } from './prerendered.js';
import type { LazyModule } from '../util/lazy-module.js';

/** What one request adds to the source settings. */
type RequestOptions = Pick<LoadOptions, 'signal' | 'fresh' | 'onStored' | 'retryPolicy'>;

/** What failure notices say: fetched at the first failure a page shows, since most pages never show one. */
const failureText = parts.failureText;

/**
 * What `<news-feed>` and `<news-article>` share: where the data comes from, how dates and numbers read, the
 * language (the native `lang` attribute, observed, and any ancestor's `lang` followed), and fallback content.
 * An internal base: the package exports and registers only the two elements.
 */
export abstract class NewsSourceElement extends LitElement {
  /** Lit's reactive properties; their descriptions are on the fields below. */
  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      format: {},
      fields: { converter: jsonObjectAttribute },
      sourceDateFormat: { attribute: 'source-date-format' },
      cache: { type: Number },
      timeZone: { attribute: 'time-zone' },
      dateFormat: { attribute: 'date-format' },
      viewsFormat: { attribute: 'views-format' },
      timeout: { type: Number },
      messages: { attribute: false },
      error: { state: true, attribute: false },
    };
  }

  /** `lang` is HTMLElement's own attribute: observe it rather than shadow the native property. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of the source, relative to the page. */
  src = '';

  /** `auto` (detect by content type and shape), `native`, `jsonfeed`, `wordpress`, `rss` or `custom`. */
  format: FormatSetting = 'auto';

  /**
   * Dot paths into the source (`{"items":"data.danhSach","title":"tieuDe","date":"ngayDang"}`): the whole
   * mapping for `format="custom"`, single-field overrides for the other formats. The attribute takes JSON.
   */
  fields: Record<string, string> | undefined;

  /** A date-fns `parse` pattern for source dates that no built-in form reads, e.g. `dd.MM.yyyy HH'g'mm`. */
  sourceDateFormat = '';

  /** Seconds a stored copy counts as fresh; it is shown at once and revalidated after. `0` stores nothing. */
  cache = 300;

  /** IANA zone for reading offset-less source dates and for display; default: the visitor's. */
  timeZone = '';

  /** `auto`, `relative`, `short`, `medium`, `long`, or a date-fns pattern such as `dd/MM/yyyy | HH:mm`. */
  dateFormat: DateFormat = 'auto';

  /** `full` (`1.234 lượt xem`) or `compact` (`1,2 nghìn lượt xem`, `1.2K views`). */
  viewsFormat: ViewsFormat = 'full';

  /** Seconds before a request counts as failed. */
  timeout = 10;

  /** Overrides for any UI string, e.g. `{ retry: 'Tải lại' }`. */
  messages: Partial<Messages> = {};

  /** The last failure, while the element shows it. */
  error: NewsError | undefined;

  #langUnsubscribe?: () => void;
  /** Chunks on their way that what is shown depends on (see `waitForChunk`). */
  readonly #arriving = new Map<LazyModule<unknown>, Promise<void>>();

  /** Loads the source again, keeping what is shown until the answer arrives. */
  abstract reload(): Promise<void>;

  /**
   * @internal `loadFeed` as the source settings say, with `options` of this request. The load tasks read the
   * settings here, their arguments (`sourceSettings`) only say when to load again; the feed's paging, in a
   * chunk of its own, loads next pages here too.
   */
  loadSource(src: string, options: RequestOptions): Promise<MergedPage> {
    return loadFeed(src, this.loadOptions(options));
  }

  /** The pipeline's options as the source settings say, with those of this request. */
  protected loadOptions(options: RequestOptions): LoadOptions {
    // Notice sentences that could not be downloaded are asked for again with the next load (a retry).
    if (failureText.failed) failureText.load().catch(() => undefined);
    return {
      format: this.format,
      timeZone: this.timeZone,
      timeoutMs: Math.max(1, this.timeout) * 1000,
      fields: this.fields,
      sourceDateFormat: this.sourceDateFormat || undefined,
      cacheSeconds: Math.max(0, this.cache),
      ...options,
    };
  }

  /** The settings a changed value of which means loading the source again. */
  protected sourceSettings() {
    return [
      this.format,
      this.timeZone,
      this.timeout,
      this.fields,
      this.sourceDateFormat,
      this.cache,
    ] as const;
  }

  /** The take-over of a pre-rendered element (take-over.ts), which its first update waits for. */
  #takingOver: Promise<void> | undefined;
  #checkedServed = false;

  override connectedCallback(): void {
    // Before Lit schedules the first update, which waits for it (`scheduleUpdate`); the served copy stays on
    // screen meanwhile. Without the part, the served copy goes and the element renders as any other.
    if (!this.#checkedServed && isPrerendered(this)) {
      this.#takingOver = parts.takeOver
        .load()
        .then(
          (part) => part.takeOver(this),
          () => {
            // Lit renders before the root's first child it found on connecting: a served node, gone now.
            this.renderOptions.renderBefore = null;
            this.shadowRoot?.replaceChildren();
          },
        )
        .finally(() => (this.#takingOver = undefined));
    }
    this.#checkedServed = true;
    super.connectedCallback();
    this.#langUnsubscribe = observeLangChanges(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langUnsubscribe?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * The notice of the failure on show, with its retry button (which loads the source again, or does `retry`);
   * `storedAt` when it is beside a stored copy. Until its strings are here it shows nothing (they come with
   * `updateComplete`).
   */
  /** @internal */
  renderNotice(
    messages: FeedMessages,
    besideContent: boolean,
    storedAt?: number,
    retry: () => unknown = () => this.reload(),
  ): TemplateResult | typeof nothing {
    const error = this.error!;
    const lang = resolveLang(this);
    const strings = failureText.loaded;
    const text = strings
      ? storedAt === undefined
        ? strings.errorText(error, lang, this.messages)
        : strings.staleText(storedAt, lang, usableTimeZone(this.timeZone), this.messages)
      : // The sentences could not be downloaded: the network is failing, or the site lacks that file of ours.
        failureText.failed &&
        (this.error!.kind === 'setup' || (failureText.failure as NewsError | undefined)?.kind === 'setup'
          ? messages.errorSetup
          : messages.errorNetwork);
    if (!text) {
      this.waitForChunk(failureText);
      return nothing;
    }
    return html`<div class=${besideContent ? 'notice stale' : 'notice'}>
      <span>${text}</span>
      <button part="retry" class="retry" type="button" @click=${retry}>${messages.retry}</button>
    </div>`;
  }

  /**
   * For the code an element fetches on demand (a date-fns pattern, a failure's sentences, the extras an
   * attribute asks for): the element updates once `chunk` has arrived or failed (`onFailure` says so), and `updateComplete` waits
   * for it, so that it means "shown as it will stay", as it does without lazy parts.
   */
  protected waitForChunk(chunk: LazyModule<unknown>, onFailure?: (error: unknown) => void): void {
    // A chunk whose download failed is not asked for again on every update (each would fail and update
    // once more): what shows goes on without it, and a load of the source asks for it again.
    if (chunk.loaded || chunk.failed || this.#arriving.has(chunk)) return;
    const settle = () => {
      this.#arriving.delete(chunk);
      this.requestUpdate();
    };
    this.#arriving.set(
      chunk,
      chunk.load().then(settle, (error: unknown) => {
        onFailure?.(error);
        settle();
      }),
    );
  }

  /**
   * @internal The parts the last update asked for, while they are on their way: the pre-renderer, which
   * has no update cycle to wait on, renders again once they are here.
   */
  get partsArriving(): Promise<unknown> | undefined {
    return this.#arriving.size ? Promise.all(this.#arriving.values()) : undefined;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Only a take-over under way delays an update (every other one runs as Lit schedules it).
    return this.#takingOver ? this.#takingOver.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#arriving.size) {
      await Promise.all(this.#arriving.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dateFormat') && needsPatternSupport(this.dateFormat))
      this.waitForChunk(parts.datePattern);
  }

  /** Whether the page gave fallback content (its JSON-LD data block, which the article adds, is not). */
  protected hasFallback(): boolean {
    return Array.from(this.childNodes).some(
      (node) =>
        (node instanceof Element &&
          !(node instanceof HTMLScriptElement && node.type === 'application/ld+json')) ||
        (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }
}
