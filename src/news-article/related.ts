import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { loadFeed } from '../data/load-feed.js';
import { formatArticleDate } from './article-date.js';
import type { ArticleStrings } from '../i18n/article-messages.js';
import type { DateFormat } from '../i18n/format-date.js';
import { isoDay, isoWithOffset, usableTimeZone } from '../i18n/time-zone.js';
import type { FormatSetting } from '../sources/detect.js';
import type { NewsItem } from '../sources/types.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    related: string;
    format: FormatSetting;
    timeZone: string;
    timeout: number;
    cache: number;
    headingLevel: number;
    dateFormat: DateFormat;
  };

const MAX_RELATED = 5;

/**
 * "Tin liên quan": up to five other items of the `related` feed, newest first, each with its day written as
 * the article writes its own (`26/11/2026`, `Nov 26, 2026`: never a US `11/26/26`). It is an extra: when the feed
 * fails the list is simply left out (and the failure logged), the article stays.
 */
export class RelatedNews {
  readonly #loader: Task<readonly [string, FormatSetting, string | undefined, number, number], NewsItem[]>;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    this.#loader = new Task(host, {
      task: async ([src, format, timeZone, timeout, cache], { signal }) => {
        if (!src) return [];
        const page = await loadFeed(src, {
          format,
          timeZone,
          timeoutMs: Math.max(1, timeout) * 1000,
          signal,
          cacheSeconds: Math.max(0, cache),
        });
        return page.items;
      },
      args: () => [host.related.trim(), host.format, host.timeZone, host.timeout, host.cache] as const,
      onError: (error) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) {
          console.warn(`news-article: the related news could not be loaded: ${String(error)}`);
        }
      },
    });
  }

  render(current: NewsItem, lang: string, messages: ArticleStrings): TemplateResult | typeof nothing {
    const items = (this.#loader.value ?? [])
      .filter((item) => item.id !== current.id && (!item.url || item.url !== current.url))
      .sort((a, b) => (b.publishedAt?.getTime() ?? -Infinity) - (a.publishedAt?.getTime() ?? -Infinity))
      .slice(0, MAX_RELATED);
    if (!this.#host.related.trim() || !items.length) return nothing;
    const timeZone = usableTimeZone(this.#host.timeZone);
    const level = Math.min(6, Math.max(1, this.#host.headingLevel) + 1);
    return html`<aside part="related" class="related" aria-labelledby="related-title">
      <p class="section-title" id="related-title" role="heading" aria-level=${level}>${messages.related}</p>
      <ul class="related-list">
        ${items.map(
          (item) =>
            html`<li>
              ${item.url ? html`<a href=${item.url}>${item.title}</a>` : html`<span>${item.title}</span>`}
              ${
                item.publishedAt
                  ? html`<time
                      datetime=${
                        item.publishedDateOnly
                          ? isoDay(item.publishedAt, timeZone)
                          : isoWithOffset(item.publishedAt, timeZone)
                      }
                      >${formatArticleDate(item.publishedAt, {
                        locale: lang,
                        timeZone,
                        format: this.#host.dateFormat,
                        dateOnly: true,
                        now: Date.now(),
                        messages,
                      })}</time
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </aside>`;
  }
}
