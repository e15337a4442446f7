import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { appendPage } from '../data/append-page.js';
import type { MergedPage } from '../data/merge-pages.js';
import { VISITOR_RETRY_POLICY } from '../data/visitor-retry.js';
import { isAbort } from '../errors.js';
import { extrasMessagesFor } from '../i18n/extras-messages.js';
import { fill } from '../i18n/messages.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import type { ArchiveQuery } from '../sources/types.js';
import { ARCHIVE_PAGE_CAP } from './archive-cap.js';
import { readIndexedAnswer } from './indexed-archive.js';
import type { NewsFeedElement } from './news-feed.js';
import { pageLoaded } from './paging.js';
import { announceResults } from './search-and-tabs.js';

/** What the list answers beyond the pages it has: the server's own answer, or pages read further. */
export interface ArchiveState {
  /** The query (`archiveKey`) this answers. */
  key: string;
  /**
   * The answer over the whole archive: its server's, when it could be asked (see `AskServer`), or one read
   * with a published feed's archive index (see `ArchiveIndex`).
   */
  answer?: MergedPage;
  /** The answer's next items, where the answer is read a page at a time from an archive index. */
  readMore?: (signal: AbortSignal) => Promise<MergedPage>;
  /** The answer, or the further pages, on their way. */
  reading: boolean;
  /** Whether the source's own pages were read further (and so what the list covers is worth saying). */
  readFurther: boolean;
}

/**
 * The query the list shows beyond the source's first page, as a key; empty when it shows the source as it
 * pages. Search and category apply to every order; the most viewed first needs every item to be known.
 */
export function archiveQuery(feed: NewsFeedElement): ArchiveQuery | undefined {
  const search = feed.query.trim();
  const category = feed.activeCategory.trim();
  const mostViewed = feed.sort === 'most-viewed';
  if (!search && !category && !mostViewed) return undefined;
  return {
    search: search || undefined,
    category: category || undefined,
    mostViewed: mostViewed || undefined,
  };
}

export const archiveKey = (query: ArchiveQuery | undefined): string => (query ? JSON.stringify(query) : '');

/**
 * Follows what the list is asked (search, category, order): when the source has more than its loaded pages,
 * asks its server for the answer over the whole archive where the adapter says the server can give it, reads
 * it with the archive index of a published static feed where the source has one, and otherwise reads up to
 * `ARCHIVE_PAGE_CAP` further pages, with the progress and then the coverage said.
 */
export class ArchiveReader implements ReactiveController {
  readonly #feed: NewsFeedElement;
  #request: AbortController | undefined;

  constructor(feed: NewsFeedElement) {
    this.#feed = feed;
    feed.addController(this);
  }

  hostUpdate(): void {
    const feed = this.#feed;
    const query = archiveQuery(feed);
    const key = archiveKey(query);
    if (key === (feed.archive?.key ?? '')) return;
    this.#request?.abort();
    feed.archive = undefined;
    // A source already whole is filtered and sorted as it is.
    if (!query || !feed.page?.next) return;
    void this.#read(key, query);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  async #read(key: string, query: ArchiveQuery): Promise<void> {
    const feed = this.#feed;
    const request = (this.#request = new AbortController());
    const options = { signal: request.signal, retryPolicy: VISITOR_RETRY_POLICY };
    const url = feed.page?.ask?.(query);
    const index = url ? undefined : feed.page?.index;
    feed.archive = { key, reading: true, readFurther: !url && !index };
    try {
      if (url) {
        const answer = await feed.loadSource(url, options);
        if (request.signal.aborted) return;
        feed.archive = { key, answer, reading: false, readFurther: false };
      } else if (index) {
        const { answer, readMore } = await readIndexedAnswer(feed, index, query, request.signal);
        if (request.signal.aborted) return;
        feed.archive = { key, answer, readMore, reading: false, readFurther: false };
      } else {
        for (let read = 0; feed.page?.next && read < ARCHIVE_PAGE_CAP; read++) {
          const next = feed.page.next;
          const more = await feed.loadSource(next, options);
          if (request.signal.aborted || feed.page?.next !== next) return;
          feed.page = appendPage(feed.page, more);
        }
        feed.archive = { key, reading: false, readFurther: true };
      }
      pageLoaded(feed);
      announceResults(feed);
    } catch (error) {
      if (isAbort(error) || request.signal.aborted) return;
      feed.archive = { ...feed.archive!, reading: false };
      feed.showError(error, () => {
        feed.archive = undefined;
        feed.requestUpdate();
      });
    }
  }
}

/** The server's answer on show, if the list shows one. */
export function archiveAnswer(feed: NewsFeedElement): MergedPage | undefined {
  const archive = feed.archive;
  return archive?.answer && archive.key === archiveKey(archiveQuery(feed)) ? archive.answer : undefined;
}

/** Said in the status region: the pages being read, then how much of the source the list covers. */
export function renderCoverage(feed: NewsFeedElement): TemplateResult | typeof nothing {
  const archive = feed.archive;
  if (!archive?.readFurther || !feed.page) return nothing;
  const messages = extrasMessagesFor(resolveLang(feed), feed.messages);
  const count = feed.page.items.length;
  const total = feed.page.total;
  const text = archive.reading
    ? fill(messages.archiveReading, { count })
    : !feed.page.next
      ? fill(messages.archiveCoveredAll, { count })
      : total && total > count
        ? fill(messages.archiveCoveredPartOfTotal, { count, total })
        : fill(messages.archiveCoveredPart, { count });
  return html`<p class="coverage" aria-busy=${archive.reading ? 'true' : 'false'}>${text}</p>`;
}
