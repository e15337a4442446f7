import { atPage, UNKNOWN_PAGE } from './node-page.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { articleMessagesFor } from '../i18n/article-messages.js';
import { fill } from '../i18n/messages.js';
import { usableTimeZone } from '../i18n/time-zone.js';
import { newsArticleJsonLd, scriptSafeJson } from '../news-article/json-ld.js';
import { NewsArticleElement, repeatsBody } from '../news-article/news-article.js';
import { elementTags, readPublished, settledAttributes, type Attributes } from './element-markup.js';
import { renderSettled } from './render-settled.js';
import { sanitizeBody } from './sanitize-body.js';

export interface ArticlePrerender {
  /** The published page that holds the item: native JSON (a `feed-N.json`). */
  page: string;
  /** The item's id in it. */
  id: string;
  /** The element's `src`: that page, as the article's own page will resolve it. */
  src: string;
  /** The absolute URL that page is served from. */
  sourceUrl: string;
  /** The element's other attributes (`heading-level`, `date-format`, `tools` …); `lang`, `time-zone` as for the feed. */
  attributes?: Attributes;
  /** The address of the article's page, when known: its JSON-LD's `mainEntityOfPage` and its share links. */
  pageUrl?: string;
}

/** Where the sanitized body goes in what the element renders (an element with no bindings, so one string). */
const BODY = '<div part="body" class="body"></div>';

/**
 * `<news-article>` pre-rendered for an item with a body: the element's own template and styles in a
 * declarative shadow root, the body sanitized in Node under the browser's allow-list (see `sanitizeBody`)
 * in its place, and the NewsArticle JSON-LD in the light DOM, where the element keeps it when it takes
 * over. Titles, summaries and every other field are text, escaped by Lit.
 */
export async function prerenderArticle(options: ArticlePrerender): Promise<string> {
  NewsArticleElement.define();
  const { attributes, lang, timeZone, format } = settledAttributes(options.attributes, {
    src: options.src,
    'article-id': options.id,
  });
  const page = await readPublished(options.page, options.sourceUrl, format, timeZone);
  const item = page.items.find((candidate) => candidate.id === options.id);
  if (!item?.contentHtml)
    throw new Error(`pre-rendering: ${options.sourceUrl} has no body for "${options.id}"`);
  const pageUrl = options.pageUrl ?? UNKNOWN_PAGE;
  const messages = articleMessagesFor(lang);
  const body = await sanitizeBody(
    item.contentHtml,
    { baseUrl: options.sourceUrl, videoLabel: (site) => fill(messages.watchVideo, { site }) },
    pageUrl,
  );
  const loaded = {
    item,
    formats: page.formats,
    url: options.sourceUrl,
    key: `${options.src}#${options.id}`,
    lead: item.summary && !repeatsBody(item.summary, item.contentHtml) ? item.summary : undefined,
  };
  const jsonLd = scriptSafeJson(
    newsArticleJsonLd(item, { timeZone: usableTimeZone(timeZone), lang, pageUrl }),
  );
  const [start, end] = elementTags('news-article', NewsArticleElement, attributes);
  const rendered = await atPage(pageUrl, () =>
    renderSettled<NewsArticleElement>({
      template: () =>
        html`${start}${unsafeStatic(`<script type="application/ld+json">${jsonLd}</script>`)}${end}`,
      prepare: (article) => {
        article.loaded = loaded;
        article.outcome = 'ready';
      },
    }),
  );
  const [before, after, ...more] = rendered.split(BODY);
  if (after === undefined || more.length) throw new Error('pre-rendering: the article has no single body');
  return `${before}<div part="body" class="body">${body}</div>${after}`;
}
