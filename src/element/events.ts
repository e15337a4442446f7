import type { NewsError } from '../errors.js';
import type { NewsItem } from '../sources/types.js';

/**
 * Every event the elements fire, with its one `detail` shape whichever element fires it. All bubble and are
 * composed (they cross shadow roots); only `news-select` is cancelable.
 */
export interface NewsEventDetails {
  /**
   * Items are shown. `items`: those on show (the article's one); `total`: how many the source has, as far as
   * it says; `formats`: the format of each source read; `stored`: shown from a stored copy that is being
   * revalidated (another `news-load` follows if the network's answer differs); `item`: the article shown,
   * from `<news-article>` only.
   */
  'news-load': {
    items: NewsItem[];
    total: number;
    formats: string[];
    stored: boolean;
    item?: NewsItem;
  };
  /** Loading failed; `error.kind` says how. */
  'news-error': { error: NewsError };
  /** A feed's item was chosen; cancel the event to stop the navigation. */
  'news-select': { item: NewsItem };
  /** `<news-article>`: the source answered, but without this article. */
  'news-not-found': { id: string };
  /** `<news-article follow-feed>`: the page's URL lost its id (Back to the list). */
  'news-close': { id: string };
}

export type NewsEventName = keyof NewsEventDetails;

/** `news-load` and the others as typed events, for `addEventListener` on the elements and on the page. */
export type NewsEvent<N extends NewsEventName> = CustomEvent<NewsEventDetails[N]>;

declare global {
  interface HTMLElementEventMap {
    'news-load': NewsEvent<'news-load'>;
    'news-error': NewsEvent<'news-error'>;
    'news-select': NewsEvent<'news-select'>;
    'news-not-found': NewsEvent<'news-not-found'>;
    'news-close': NewsEvent<'news-close'>;
  }
}

/** Fires a bubbling, composed event of ours; returns false when a listener cancelled it. */
export function emit<N extends NewsEventName>(
  target: EventTarget,
  type: N,
  detail: NewsEventDetails[N],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
