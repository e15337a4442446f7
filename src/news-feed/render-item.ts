import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, type DateFormat } from '../i18n/format-date.js';
import { formatViews, type ViewsFormat } from '../i18n/format-views.js';
import type { FeedMessages } from '../i18n/messages.js';
import { isoDay, isoWithOffset } from '../i18n/time-zone.js';
import { heading } from '../element/heading.js';
import type { NewsItem } from '../sources/types.js';

export type Hideable = 'image' | 'summary' | 'date' | 'views' | 'category' | 'source';

/** What every item of one render shares. */
export interface ItemContext {
  lang: string;
  messages: FeedMessages;
  hidden: Set<Hideable>;
  timeZone: string | undefined;
  now: number;
  dateFormat: DateFormat;
  viewsFormat: ViewsFormat;
  headingLevel: number;
  /** Link target; `_blank` adds `rel="noopener"`. */
  target: string;
  /** The text with a search's matches marked, while there is a search. */
  highlight?: (text: string) => unknown;
  linkFor(item: NewsItem): string | undefined;
  onSelect(event: MouseEvent, item: NewsItem): void;
  /** Images that failed to load: their frames stay, empty, so nothing moves. */
  brokenImages: ReadonlySet<string>;
  onImageError(src: string): void;
  /**
   * The width an item's picture shows at (`sizes`), for its `srcset` to pick from. Not `auto`: Chromium chose
   * for the viewport's width with it, as the picture is chosen when `src` is set, before layout.
   */
  imageSizes: string;
}

/** A featured item's picture spans the column (`sizes` of the others: `ItemContext.imageSizes`). */
const FEATURED_SIZES = '(max-width: 800px) 100vw, 800px';

/** One news item: an `<article>` in a list item, with its image, linked heading, meta line and summary. */
export function renderItem(item: NewsItem, context: ItemContext, featured = false): TemplateResult {
  const link = context.linkFor(item);
  const image = context.hidden.has('image') ? undefined : item.image;
  // A broken image keeps its box (an empty frame): collapsing it would shift everything below.
  const broken = image !== undefined && context.brokenImages.has(image.src);
  const target = context.target || nothing;
  const rel = context.target === '_blank' ? 'noopener' : nothing;
  const onClick = (event: MouseEvent) => context.onSelect(event, item);
  const title = context.highlight ? context.highlight(item.title) : item.title;
  // The image's `loading` comes before its URLs: the browser picks a srcset's width when they are set, and
  // takes `sizes="auto"` (the laid-out width, so that the nearest width downloads) only if it knows by then
  // that the image is lazy. The featured image, which loads at once, gets 100vw.
  return html`<li part="item" class=${featured ? 'item featured' : 'item'}>
    <article class=${image ? '' : 'no-image'}>
      ${
        image
          ? html`<a
              class="thumb"
              href=${ifDefined(link)}
              target=${target}
              rel=${rel}
              tabindex="-1"
              aria-hidden="true"
              @click=${onClick}
            >
              ${
                broken
                  ? nothing
                  : html`<img
                      part="image"
                      alt=""
                      loading=${featured ? 'eager' : 'lazy'}
                      decoding="async"
                      sizes=${image.srcset ? (featured ? FEATURED_SIZES : context.imageSizes) : nothing}
                      srcset=${ifDefined(image.srcset?.map((c) => `${c.src} ${c.width}w`).join(', '))}
                      src=${image.src}
                      width=${image.width ?? 320}
                      height=${image.height ?? 200}
                      @error=${() => context.onImageError(image.src)}
                    />`
              }
            </a>`
          : nothing
      }
      <div class="head">
        ${heading(
          context.headingLevel,
          link ? html`<a href=${link} target=${target} rel=${rel} @click=${onClick}>${title}</a>` : title,
          'title',
          3,
        )}
        ${renderMeta(item, context)}
      </div>
      ${
        context.hidden.has('summary')
          ? nothing
          : item.summary
            ? html`<p part="summary" class="summary">
                ${context.highlight ? context.highlight(item.summary) : item.summary}
              </p>`
            : item.locked
              ? html`<p part="summary" class="summary locked">${context.messages.locked}</p>`
              : nothing
      }
    </article>
  </li>`;
}

function renderMeta(item: NewsItem, context: ItemContext): TemplateResult | typeof nothing {
  const { lang, messages, hidden, timeZone, now } = context;
  const category = hidden.has('category') ? undefined : item.category;
  const date = hidden.has('date') ? undefined : item.publishedAt;
  const views = hidden.has('views') ? undefined : item.views;
  const source = hidden.has('source') ? undefined : item.source;
  if (!category && !date && views === undefined && !source) return nothing;
  const dateOnly = item.publishedDateOnly;
  return html`<p part="meta" class="meta">
    ${source ? html`<span class="source"><span part="source">${source}</span></span>` : nothing}
    ${category ? html`<span part="category" class="category">${category}</span>` : nothing}
    ${
      date
        ? html`<time part="date" datetime=${dateOnly ? isoDay(date, timeZone) : isoWithOffset(date, timeZone)}
            >${formatDate(date, { locale: lang, timeZone, format: context.dateFormat, dateOnly, now, messages })}</time
          >`
        : nothing
    }
    ${
      views !== undefined
        ? html`<span part="views" class="views"
            >${formatViews(views, lang, context.viewsFormat, messages)}</span
          >`
        : nothing
    }
  </p>`;
}

/**
 * Skeleton rows drawn in full: more than two screens, and whole lines of a 1-, 2- or 3-column grid (a
 * featured item takes four cells). One spacer holds the place of the rest of a long `page-size`: a thousand
 * drawn rows cost as much style and layout as the loaded list, once more, and pulsed until the data came.
 */
const drawnRows = (featured: boolean): number => (featured ? 21 : 18);

/**
 * Placeholder rows built from the same classes as the real ones, their title and meta lines as many lines
 * tall as real headlines measure in the layout, so the list takes about its final height before the data
 * arrives.
 */
export function renderSkeleton(
  rows: number,
  hidden: Set<Hideable>,
  label: string,
  classes: string,
  featured: boolean,
): TemplateResult {
  const image = !hidden.has('image');
  return html`<ul class="list skeleton ${classes}" aria-label=${label}>
    ${Array.from(
      { length: Math.min(rows, drawnRows(featured)) },
      (_, i) =>
        html`<li class=${featured && i === 0 ? 'item featured' : 'item'} aria-hidden="true">
          <article class=${image ? '' : 'no-image'}>
            ${image ? html`<div class="thumb"></div>` : nothing}
            <div class="head">
              <div class="title"><span class="bar"></span></div>
              <div class="meta"><span class="bar short"></span></div>
            </div>
            ${hidden.has('summary') ? nothing : html`<div class="summary"><span class="bar"></span></div>`}
          </article>
        </li>`,
    )}
    ${
      rows > drawnRows(featured)
        ? html`<li class="item deferred" aria-hidden="true" data-rows=${rows - drawnRows(featured)}></li>`
        : nothing
    }
  </ul>`;
}

/**
 * Gives the skeleton's spacer the height of the rows it stands for before the frame is painted, so that the
 * skeleton is as tall as the loaded list will be: as many more lines as those rows fill, at the drawn lines'
 * pitch, the last one as tall as a drawn row.
 */
export function sizeDeferredRows(root: ParentNode): void {
  const spacer = root.querySelector<HTMLElement>('.skeleton .deferred');
  const last = spacer?.previousElementSibling;
  if (!spacer || !last) return;
  const boxes = [...spacer.parentElement!.querySelectorAll('.item:not(.deferred)')].map((row) =>
    row.getBoundingClientRect(),
  );
  const { top } = last.getBoundingClientRect();
  const columns = boxes.filter((box) => box.top === top).length;
  const pitch = top - (boxes.findLast((box) => box.top < top)?.top ?? top);
  const lines = Math.ceil(Number(spacer.dataset.rows) / columns);
  const row = last.querySelector('article')!.getBoundingClientRect().height;
  spacer.style.setProperty('--_deferred-height', `${(lines - 1) * pitch + row}px`);
}
