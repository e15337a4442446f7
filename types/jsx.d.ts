/**
 * Props of <news-feed> and <news-article> for JSX, framework-neutral. `news-elements/react` and
 * `news-elements/preact` put them into each framework's IntrinsicElements; import one of those, not this.
 *
 * Every attribute is typed with the values the element accepts. `fields` and `messages` are objects: React 19
 * and Preact set them as properties because the element has a property of that name. Event props are
 * `on` + the event's name (`onnews-select`), which React 19 and Preact attach as listeners on custom elements.
 * scripts/check-pack.mjs fails when an attribute in custom-elements.json is missing here.
 */
import type {
  DateFormat,
  FormatSetting,
  Messages,
  NewsEvent,
  NewsEventDetails,
  ViewsFormat,
} from '../dist/lib/index.js';

/** What the element's attribute converters read: a number also works as its string. */
type Numeric = number | `${number}`;

/** `news-load`'s detail: one shape from both elements (`item` only from `<news-article>`). */
export type NewsLoadDetail = NewsEventDetails['news-load'];

/** Attributes both elements share: where the data comes from and how dates and numbers read. */
interface NewsSourceProps {
  /** URL of the source; several URLs separated by spaces merge (news-feed). */
  src?: string;
  format?: FormatSetting;
  /** Dot paths into the source, e.g. `{ items: 'data.danhSach', title: 'tieuDe' }` (a JSON string also works). */
  fields?: Record<string, string> | string;
  'source-date-format'?: string;
  'time-zone'?: string;
  'date-format'?: DateFormat;
  'views-format'?: ViewsFormat;
  'heading-level'?: Numeric;
  /** Seconds before a request counts as failed. */
  timeout?: Numeric;
  /** Seconds a stored copy counts as fresh; `0` stores nothing. */
  cache?: Numeric;
  lang?: string;
  /** Overrides for any UI string (a property: objects only). */
  messages?: Partial<Messages>;
  'onnews-error'?: (event: NewsEvent<'news-error'>) => void;
}

export interface NewsFeedProps extends NewsSourceProps {
  'page-size'?: Numeric;
  sort?: 'newest' | 'most-viewed' | 'source';
  /** Space-separated: `image summary date views category source`. */
  hide?: string;
  /** Link template such as `/tin-tuc/chi-tiet?id={id}`. */
  href?: string;
  target?: string;
  /** Seconds between background refreshes; `0` turns them off. */
  refresh?: Numeric;
  layout?: 'list' | 'grid' | 'compact' | 'ticker';
  paging?: 'none' | 'more' | 'pages';
  /** Only items of this category or tag (case- and diacritic-insensitive). */
  category?: string;
  'category-tabs'?: boolean;
  search?: boolean;
  /** The first item larger (`list` and `grid`). */
  featured?: boolean;
  /** `first` (default): items the source pins (WordPress's sticky posts) lead the list; `inline`: by date. */
  pinned?: 'first' | 'inline';
  /** The `ticker` layout moves on by itself (with pause and play); still by default. */
  'ticker-autoplay'?: boolean;
  /** Seconds each headline of the `ticker` layout stays, with `ticker-autoplay`. */
  'ticker-seconds'?: Numeric;
  theme?: 'light' | 'dark' | 'auto';
  'onnews-load'?: (event: NewsEvent<'news-load'>) => void;
  /** Cancelable: `event.preventDefault()` stops the navigation. */
  'onnews-select'?: (event: NewsEvent<'news-select'>) => void;
}

export interface NewsArticleProps extends NewsSourceProps {
  'article-id'?: string;
  'id-param'?: string;
  /** Space-separated subset of `print font-size share listen`. */
  tools?: string;
  /** URL of a feed of related items. */
  related?: string;
  'count-url'?: string;
  /** Follow the page's feeds (all, or those matching a CSS selector): a chosen item opens here, with history. */
  'follow-feed'?: string | boolean;
  'onnews-close'?: (event: NewsEvent<'news-close'>) => void;
  'onnews-load'?: (event: NewsEvent<'news-load'>) => void;
  'onnews-not-found'?: (event: NewsEvent<'news-not-found'>) => void;
}
