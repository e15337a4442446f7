import { atPage, UNKNOWN_PAGE } from './node-page.js';
import { html } from 'lit/static-html.js';
import { NewsFeedElement } from '../news-feed/news-feed.js';
import { DEFAULT_PAGE_SIZE } from '../news-feed/attribute-choices.js';
import { renderSettled } from './render-settled.js';
import { feedExtrasStyles } from '../news-feed/feed-extras.styles.js';
import {
  dataBlock,
  elementTags,
  readPublished,
  settledAttributes,
  type Attributes,
} from './element-markup.js';

export interface FeedPrerender {
  /** The first page as published: native JSON (the text of `feed.json`). */
  firstPage: string;
  /** The element's `src`, as the page it is pasted into will resolve it (`feed.json`, or an absolute URL). */
  src: string;
  /** The absolute URL the first page is served from: its relative URLs (`next`, images) resolve against it. */
  sourceUrl: string;
  /**
   * The element's other attributes (`page-size`, `layout`, `date-format`, `paging` …). `lang` and
   * `time-zone` are always written, so that the browser formats as this render did: by default `vi` and
   * this machine's zone.
   */
  attributes?: Attributes;
  /** When the data was read from the source (ms since the epoch): the element's stored copy is that old. */
  savedAt: number;
  /** The address of the page that will show it, when known. */
  pageUrl?: string;
}

/**
 * `<news-feed>` pre-rendered: a declarative shadow root holding the first page exactly as the element
 * renders it (its own class, templates and styles, rendered by @lit-labs/ssr over the data read by its own
 * adapter), readable and printable without JavaScript; the first page's JSON, from which the element's
 * stored copy starts when its script takes over (see `takeOver`, src/element/take-over.ts); and plain links to the items in
 * the light DOM (the element's fallback content), for crawlers and browsers that read no shadow root.
 */
export async function prerenderFeed(options: FeedPrerender): Promise<string> {
  NewsFeedElement.define();
  const { attributes, timeZone, format } = settledAttributes(options.attributes, { src: options.src });
  const page = await readPublished(options.firstPage, options.sourceUrl, format, timeZone);
  const size =
    Number(attributes['page-size']) >= 1 ? Math.round(Number(attributes['page-size'])) : DEFAULT_PAGE_SIZE;
  const links = page.items.slice(0, size);
  const [start, end] = elementTags('news-feed', NewsFeedElement, attributes);
  const fallback = links.map(
    (item) => html`<li>${item.url ? html`<a href=${item.url}>${item.title}</a>` : item.title}</li>`,
  );
  return atPage(options.pageUrl ?? UNKNOWN_PAGE, () =>
    renderSettled<NewsFeedElement>({
      template: () =>
        html`${start}${
          links.length
            ? html`<ul>
                ${fallback}
              </ul>`
            : ''
        }${dataBlock(options.firstPage, options.savedAt)}${end}`,
      prepare: (feed) => {
        feed.page = page;
        feed.outcome = page.items.length ? 'ready' : 'empty';
      },
      // The extras' controllers and styles come together (attachExtras).
      adoptedLater: (feed) => (feed.ticker ? [feedExtrasStyles] : []),
    }),
  );
}
