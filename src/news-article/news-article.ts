import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { setDataBlockText } from '../sanitize/parse-inert.js';
import { Task, TaskStatus } from '@lit/task';
import { isTemplate, loadArticle, type ArticleAnswer } from '../data/load-article.js';
import { asNewsError, isAbort } from '../errors.js';
import * as parts from '../parts.js';
import { loadPatternSupport, needsPatternSupport } from '../i18n/format-date.js';
import { formatCount } from '../i18n/format-views.js';
import { articleMessagesFor, type ArticleStrings } from '../i18n/article-messages.js';
import { fill } from '../i18n/messages.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import { isoDay, isoWithOffset, usableTimeZone } from '../i18n/time-zone.js';
import { defineElement } from '../element/define-element.js';
import { emit } from '../element/events.js';
import { heading } from '../element/heading.js';
import { htmlToText } from '../sanitize/html-to-text.js';
import { AbortOnRemoval } from '../element/abort-on-removal.js';
import { NewsSourceElement } from '../element/news-source-element.js';
import { loadSanitizer, sanitizeHtml } from '../sanitize/sanitize-html.js';
import type { NewsItem } from '../sources/types.js';
import { formatArticleDate } from './article-date.js';
import { articleIdFor } from './article-source.js';
import { ArticleTools } from './article-tools.js';
import { attachmentName, attachmentSize, attachmentType } from './attachments.js';
import { describeImages } from './image-alt.js';
import type { FeedFollower } from './follow-feed.js';
import { newsArticleJsonLd, scriptSafeJson } from './json-ld.js';
import { articleStyles } from './news-article.styles.js';
import type { RelatedNews } from './related.js';

export type ArticleStatus = 'loading' | 'ready' | 'not-found' | 'error';

/** `follow-feed`, `related` and `count-url`: fetched with the data when an attribute asks for them. */
const articleExtras = parts.articleExtras;
/** Following, the related list and counting are extras: without them the article still shows. */
const warnExtrasMissing = (error: unknown): undefined =>
  void console.warn('news-article: follow-feed, related and count-url could not be loaded:', error);

interface Loaded {
  item: NewsItem | undefined;
  body?: DocumentFragment;
  formats: string[];
  /** Absolute URL the article came from. */
  url: string;
  /** `src` and id it answers, so that a failed load of another article does not leave this one shown. */
  key: string;
  /** The summary shown as the lead: not when it only repeats the body's first words. */
  lead?: string;
  /** The article's URL answered 401 or 403: it exists, perhaps, but is not public. */
  notPublic?: boolean;
}

/**
 * One news article, from an article JSON or picked by id from a feed, with its body sanitized.
 *
 * @summary A news article page: meta line, sanitized body, attachments, signature, tools.
 * @tag news-article
 *
 * @attr {string} lang - The language (the native attribute, observed): else the nearest ancestor's `lang`
 *   across shadow roots, else `<html lang>`, else the browser's. `vi` and `en` have their own labels.
 * @slot - Fallback content (for example the server-rendered article) shown until the first load, and on an
 *   error or a missing article.
 *
 * @fires {CustomEvent<{items: NewsItem[], total: number, formats: string[], stored: boolean, item?: NewsItem}>} news-load -
 *   The article was loaded and shown: `item` is it (and `items` holds it alone); `stored` is always false. One
 *   shape for both elements (src/element/events.ts).
 * @fires {CustomEvent<{error: NewsError}>} news-error - Loading failed; `error.kind` says how.
 * @fires {CustomEvent<{id: string}>} news-not-found - The source answered, but without this article.
 * @fires {CustomEvent<{id: string}>} news-close - With `follow-feed`: the page URL lost its id (Back to the
 *   list), so the element hid itself; `id` is the article that was shown.
 *
 * @csspart category - The category above the title.
 * @csspart title - The title.
 * @csspart meta - The line with date and views.
 * @csspart date - The `<time>` element of the publication date.
 * @csspart views - The view count.
 * @csspart lead - The lead paragraph.
 * @csspart image - The main image's `<figure>`.
 * @csspart body - The sanitized body.
 * @csspart attachments - The list of attached files.
 * @csspart signature - The authors, right-aligned.
 * @csspart tags - The tags.
 * @csspart toolbar - Print, text size, share and listen.
 * @csspart related - The related news list.
 * @csspart status - Loading, not-found and error messages.
 * @csspart retry - The retry button.
 *
 * @cssprop [--news-accent=#b71c1c] - Category, links, focus ring, buttons.
 * @cssprop [--news-text=#1d1d1f] - Text colour.
 * @cssprop [--news-muted=#595959] - Secondary text colour (meta line, captions).
 * @cssprop [--news-surface=#ffffff] - Background.
 * @cssprop [--news-font=system-ui] - Font family.
 * @cssprop [--news-font-size=16px] - Base font size (the visitor's A−/A+ choice scales it).
 * @cssprop [--news-radius=8px] - Corner radius of images and boxes.
 * @cssprop [--news-gap=16px] - Space between blocks.
 */
export class NewsArticleElement extends NewsSourceElement {
  /** Lit's reactive properties; their descriptions are on the fields below. */
  static override get properties(): PropertyDeclarations {
    return {
      articleId: { attribute: 'article-id' },
      idParam: { attribute: 'id-param' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      tools: {},
      related: {},
      countUrl: { attribute: 'count-url' },
      followFeed: { attribute: 'follow-feed' },
      loaded: { state: true, attribute: false },
      outcome: { state: true, attribute: false },
    };
  }

  static override styles = articleStyles;

  /** Registers the element, by default as `<news-article>`; does nothing when the name is taken. */
  static define(tagName = 'news-article'): void {
    defineElement(tagName, this);
  }

  /** The article's id; default: the page URL's query parameter named by `id-param`. */
  articleId = '';

  /** Query parameter of the page URL that holds the id when `article-id` is not set. */
  idParam = 'id';

  /** Level (1–6) of the title. */
  headingLevel = 1;

  /** Space-separated subset of `print font-size share listen`; default: all the browser supports. */
  tools = '';

  /** URL of a feed whose other items are listed under the article. */
  related = '';

  /** URL that receives one POST `{id, url}` per article per browser session. */
  countUrl = '';

  /**
   * Works with a `<news-feed>` on the same page, without reloads: a click on a feed item shows it here (at
   * once when the item has its text, else through `src`) and adds `?id=…` (`id-param`) to the page URL as a
   * new history entry; Back and Forward follow; a link to the page with `?id=…` opens the article. While the
   * URL has no id the element is `hidden` (style the list with e.g. `main:has(news-article:not([hidden]))`).
   * Empty: every feed on the page; a CSS selector: only feeds matching it or inside an element matching it.
   */
  followFeed: string | null = null;

  /** @internal What is shown; the pre-renderer (src/prerender/) sets it too. */
  loaded: Loaded | undefined;
  /** @internal */
  outcome: Exclude<ArticleStatus, 'loading'> | undefined;

  readonly #toolbar = new ArticleTools(this);
  #relatedNews?: RelatedNews;
  #follower?: FeedFollower;
  /** The element hid itself (following, no id) before the follower arrived to decide. */
  #hidWhileLoading = false;
  /** The next load skips fresh stored copies: a visitor's retry asks the network. */
  #freshNext = false;
  #renderedBody: DocumentFragment | undefined;
  #jsonLd: HTMLScriptElement | undefined;
  // Back and Forward change the page URL the id may come from; an update re-reads it.
  readonly #onPopState = () => this.requestUpdate();

  readonly #loader = new Task(this, {
    // The source settings among the arguments only say when to load again (see `loadSource`).
    task: async ([src, id], { signal }): Promise<Loaded | undefined> => {
      const fresh = this.#freshNext;
      this.#freshNext = false;
      // Following needs its chunk first: an item chosen in the feed may make the request needless.
      if (this.followFeed !== null) await this.#useExtras();
      if (this.#follower?.listShown(id)) return undefined;
      // An item chosen in a followed feed shows as it came, when it has its text: no second request.
      const chosen = this.#follower?.chosen(id, src);
      if (!src && !chosen) return undefined;
      const key = `${src}#${id}`;
      // Where the browser lacks the HTML Sanitizer API, DOMPurify downloads while the article does.
      if (!isTemplate(src) || id) loadSanitizer().catch(() => undefined);
      const answer: ArticleAnswer = chosen
        ? { item: chosen.item, url: chosen.url, formats: [] }
        : await loadArticle(src, id, this.loadOptions({ signal, fresh }));
      if (answer.notPublic || !answer.item) return { ...answer, key };
      if (needsPatternSupport(this.dateFormat)) await loadPatternSupport();
      const { item, url, formats } = answer;
      const lead = item.summary && !repeatsBody(item.summary, item.contentHtml) ? item.summary : undefined;
      if (!item.contentHtml) return { item, formats, url, key, lead };
      const messages = articleMessagesFor(resolveLang(this), this.messages);
      // A sanitizer that cannot be downloaded (DOMPurify, where the browser has no Sanitizer API) fails as
      // the network does: the notice offers a retry.
      const body = await sanitizeHtml(item.contentHtml, {
        baseUrl: url,
        videoLabel: (site) => fill(messages.watchVideo, { site }),
      });
      describeImages(body);
      return { item, body, formats, url, key, lead };
    },
    args: () =>
      [this.src.trim(), articleIdFor(this.articleId, this.idParam), ...this.sourceSettings()] as const,
    onComplete: (loaded) => this.#show(loaded),
    onError: (error) => this.#showError(error),
  });

  /** `loading` until the first answer (and while retrying with nothing shown), then the outcome. */
  get status(): ArticleStatus {
    const pending = this.#loader.status === TaskStatus.PENDING || this.#loader.status === TaskStatus.INITIAL;
    return !this.outcome || (pending && !this.loaded?.item) ? 'loading' : this.outcome;
  }

  /** The article on show. */
  get item(): NewsItem | undefined {
    return this.outcome === 'not-found' ? undefined : this.loaded?.item;
  }

  /** Loads the article again, keeping what is shown until the answer arrives. */
  reload(): Promise<void> {
    this.#freshNext = true;
    return this.#loader.run();
  }

  constructor() {
    super();
    this.addController(new AbortOnRemoval(this, () => this.#loader));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    this.#syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#jsonLd?.remove();
    this.#jsonLd = undefined;
  }

  #show(loaded: Loaded | undefined): void {
    this.error = undefined;
    this.loaded = loaded;
    const item = loaded?.item;
    if (!item) {
      this.outcome = 'not-found';
      const id = articleIdFor(this.articleId, this.idParam);
      // Following a feed, no id means the page shows the list: nothing is missing.
      if (this.#follower?.listShown(id)) return;
      if (this.src.trim()) {
        console.warn(`news-article: ${loaded?.url ?? this.src} has no article with id "${id}".`);
      }
      emit(this, 'news-not-found', { id });
      return;
    }
    this.outcome = 'ready';
    // The article never shows a stored copy while it is revalidated: `stored` is false.
    emit(this, 'news-load', { items: [item], total: 1, formats: loaded.formats, stored: false, item });
    const countUrl = this.countUrl.trim();
    if (countUrl) {
      void this.#useExtras().then(() =>
        articleExtras.loaded?.countView(countUrl, item.id, item.url ?? location.href),
      );
    }
  }

  #showError(error: unknown): void {
    if (isAbort(error)) return;
    const newsError = asNewsError(error, 'news-article', this.src);
    console.warn(`news-article: ${newsError.message}`);
    // A failed refresh keeps the article shown; a failure to load another one must not show the old one.
    if (this.loaded?.key !== `${this.src.trim()}#${articleIdFor(this.articleId, this.idParam)}`) {
      this.loaded = undefined;
    }
    this.error = newsError;
    this.outcome = 'error';
    emit(this, 'news-error', { error: newsError });
  }

  /** Whether an attribute asks for what the extras chunk holds. */
  get #usesExtras(): boolean {
    return this.followFeed !== null || Boolean(this.related.trim() || this.countUrl.trim());
  }

  /** Fetches the extras chunk (again, after a failure) and sets up its controllers. */
  async #useExtras(): Promise<void> {
    this.#attachExtras(await articleExtras.load().catch(warnExtrasMissing));
  }

  /** Sets up the extras' controllers, once, when the chunk is here. */
  #attachExtras(chunk = articleExtras.loaded): void {
    if (!chunk || this.#follower) return;
    this.#follower = new chunk.FeedFollower(this, this.#hidWhileLoading);
    this.#relatedNews = new chunk.RelatedNews(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#usesExtras) this.#attachExtras();
    if (this.#usesExtras && !this.#follower) {
      this.waitForChunk(articleExtras, warnExtrasMissing);
      // Pages hide their list while the article shows: with no id to show, the list must not wait for the chunk.
      if (this.followFeed !== null && !this.hidden && !articleIdFor(this.articleId, this.idParam)) {
        this.hidden = this.#hidWhileLoading = true;
      }
    }
  }

  protected override updated(): void {
    if (this.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const body = this.renderRoot.querySelector('.body');
    const fragment = this.item ? this.loaded?.body : undefined;
    // The sanitized nodes go in as nodes: no HTML string, so no HTML sink and no Trusted Types check.
    if (body && fragment && (this.#renderedBody !== fragment || !body.hasChildNodes())) {
      body.replaceChildren(fragment.cloneNode(true));
      this.#renderedBody = fragment;
      this.#hideDuplicateImage(body);
    }
    this.#syncJsonLd();
  }

  /** Keeps one NewsArticle description in the light DOM, where search engines read it. */
  #syncJsonLd(): void {
    const item = this.item;
    if (!item || !this.isConnected) {
      this.#jsonLd?.remove();
      this.#jsonLd = undefined;
      return;
    }
    const json = scriptSafeJson(
      newsArticleJsonLd(item, {
        timeZone: usableTimeZone(this.timeZone),
        lang: resolveLang(this),
        pageUrl: location.href,
      }),
    );
    if (!this.#jsonLd) {
      // A pre-rendered article came with its description: it is kept up to date rather than repeated.
      this.#jsonLd =
        this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ??
        document.createElement('script');
      this.#jsonLd.type = 'application/ld+json';
    }
    if (this.#jsonLd.text !== json) setDataBlockText(this.#jsonLd, json);
    if (this.#jsonLd.parentNode !== this) this.append(this.#jsonLd);
  }

  protected override render(): TemplateResult {
    // Following a feed, an article chosen in it may be on its way: until the follower is here, show nothing.
    if (this.followFeed !== null && !this.#follower) return html``;
    const lang = resolveLang(this);
    const messages = articleMessagesFor(lang, this.messages);
    const item = this.item;
    const status = this.status;
    return html`
      <div part="status" class="status" role="status" aria-live="polite">
        ${this.#renderStatus(messages, Boolean(item))}
      </div>
      ${
        item
          ? this.#renderArticle(item, lang, messages)
          : status === 'loading' && !this.hasFallback()
            ? this.#renderSkeleton(messages)
            : html`<slot></slot>`
      }
      ${item && this.#relatedNews ? this.#relatedNews.render(item, lang, messages) : nothing}
    `;
  }

  #renderStatus(messages: ArticleStrings, showingArticle: boolean): TemplateResult | typeof nothing {
    if (this.error && (this.status === 'error' || showingArticle)) {
      return this.renderNotice(messages, showingArticle);
    }
    if (this.status === 'not-found') {
      return html`<p class="notice not-found">
        ${this.loaded?.notPublic ? messages.notPublic : messages.notFound}
      </p>`;
    }
    return nothing;
  }

  #renderSkeleton(messages: ArticleStrings): TemplateResult {
    return html`<div class="skeleton" role="img" aria-label=${messages.loadingArticle}>
      <div class="bar category-bar"></div>
      <div class="bar title-bar"></div>
      <div class="bar title-bar short"></div>
      <div class="bar meta-bar"></div>
      <div class="picture"></div>
      ${[1, 2, 3, 4, 5].map(() => html`<div class="bar"></div>`)}
    </div>`;
  }

  #renderArticle(item: NewsItem, lang: string, messages: ArticleStrings): TemplateResult {
    return html`<article class="article" aria-label=${item.title} data-scale=${this.#toolbar.scaleIndex}>
      <header class="header">
        ${item.category ? html`<p part="category" class="category">${item.category}</p>` : nothing}
        ${heading(this.headingLevel, item.title, 'title', 1)} ${this.#renderMeta(item, lang, messages)}
      </header>
      ${this.#toolbar.render(item, lang, messages)}
      <div class="content">
        ${this.loaded?.lead ? html`<p part="lead" class="lead">${this.loaded.lead}</p>` : nothing}
        ${
          item.locked
            ? html`<p class="notice locked">
                ${messages.locked}
                ${item.url ? html`<a href=${item.url}>${messages.readOnSite}</a>` : nothing}
              </p>`
            : nothing
        }
        ${
          item.image
            ? html`<figure part="image" class="main-image">
                <img
                  src=${item.image.src}
                  alt=${item.image.alt ?? ''}
                  width=${item.image.width ?? 960}
                  height=${item.image.height ?? 600}
                  decoding="async"
                />
                ${item.image.caption ? html`<figcaption>${item.image.caption}</figcaption>` : nothing}
              </figure>`
            : nothing
        }
        <div part="body" class="body"></div>
        ${this.#renderAttachments(item, lang, messages)}
        ${
          item.authors?.length
            ? html`<p part="signature" class="signature">${item.authors.join(', ')}</p>`
            : nothing
        }
        ${
          item.tags?.length
            ? html`<p part="tags" class="tags">
                <span class="tags-label">${messages.tags}:</span>
                ${item.tags.map((tag) => html`<span class="tag">${tag}</span> `)}
              </p>`
            : nothing
        }
        <p class="print-source">${fill(messages.printSource, { url: item.url ?? location.href })}</p>
      </div>
    </article>`;
  }

  #renderMeta(item: NewsItem, lang: string, messages: ArticleStrings): TemplateResult | typeof nothing {
    const timeZone = usableTimeZone(this.timeZone);
    const dateOptions = { locale: lang, timeZone, format: this.dateFormat, now: Date.now(), messages };
    const published = item.publishedAt;
    const updated =
      item.updatedAt && published && item.updatedAt.getTime() - published.getTime() > 60_000
        ? item.updatedAt
        : undefined;
    if (!published && item.views === undefined) return nothing;
    const entries: TemplateResult[] = [];
    if (published) {
      const iso = item.publishedDateOnly ? isoDay(published, timeZone) : isoWithOffset(published, timeZone);
      entries.push(
        html`<span class="published"
          >${messages.published}
          <time part="date" datetime=${iso}
            >${formatArticleDate(published, { ...dateOptions, dateOnly: item.publishedDateOnly })}</time
          ></span
        >`,
      );
    }
    if (updated) {
      entries.push(
        html`<span class="updated"
          >${messages.updated}
          <time part="updated" datetime=${isoWithOffset(updated, timeZone)}
            >${formatArticleDate(updated, dateOptions)}</time
          ></span
        >`,
      );
    }
    if (item.views !== undefined) {
      const count = formatCount(item.views, lang, this.viewsFormat);
      entries.push(html`<span part="views" class="views">${fill(messages.viewsLabel, { count })}</span>`);
    }
    // Every entry but the first brings its bar before it, so a wrapped line never ends with one (the styles
    // hide the bar that starts a line); the bars stay in the text, which reads as the portal's line when copied.
    return html`<p part="meta" class="meta">
      ${entries.map(
        (entry, index) =>
          html`<span class="entry"
            >${index ? html`<span class="sep" aria-hidden="true"> | </span>` : nothing}${entry}</span
          >`,
      )}
    </p>`;
  }

  #renderAttachments(
    item: NewsItem,
    lang: string,
    messages: ArticleStrings,
  ): TemplateResult | typeof nothing {
    const files = item.attachments ?? [];
    if (!files.length) return nothing;
    return html`<section class="attachments" aria-label=${messages.attachments}>
      <h2 class="section-title">${messages.attachments}</h2>
      <ul part="attachments">
        ${files.map((file) => {
          const details = [attachmentType(file), attachmentSize(file.size, lang)].filter(Boolean).join(', ');
          return html`<li>
            <a href=${file.url} download target="_blank" rel="noopener noreferrer">${attachmentName(file)}</a>
            ${details ? html`<span class="file-details">(${details})</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** Many CMSs repeat the main image as the body's first picture; the visitor should see it once. */
  #hideDuplicateImage(body: Element): void {
    const main = this.item?.image?.src;
    const figure = this.renderRoot.querySelector<HTMLElement>('.main-image');
    if (!main || !figure) return;
    figure.hidden = Array.from(body.querySelectorAll('img')).some((img) => img.src === main);
  }
}

/**
 * Whether a summary is only the body's opening words (WordPress's automatic excerpt of a post without one of
 * its own, many RSS descriptions): printed as a lead, the article would start twice.
 */
export function repeatsBody(summary: string, contentHtml: string | undefined): boolean {
  if (!contentHtml) return false;
  const words = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const opening = words(summary.replace(/\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)$/, ''));
  return opening.length > 0 && words(htmlToText(contentHtml)).startsWith(opening);
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
  interface GlobalEventHandlersEventMap {
    'news-not-found': CustomEvent<{ id: string }>;
  }
}
