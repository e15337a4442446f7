/** An image attached to an item. */
export interface NewsImage {
  src: string;
  alt?: string;
  caption?: string;
  width?: number;
  height?: number;
  /** The same picture in other widths, where the source offers them (WordPress's sizes). */
  srcset?: NewsImageCandidate[];
}

/** One width of an image: the browser picks the one nearest the size shown. */
export interface NewsImageCandidate {
  src: string;
  /** In pixels. */
  width: number;
}

export interface NewsAttachment {
  url: string;
  title?: string;
  type?: string;
  size?: number;
}

/** What every source becomes: the one shape elements render. */
export interface NewsItem {
  id: string;
  title: string;
  url?: string;
  summary?: string;
  contentHtml?: string;
  image?: NewsImage;
  publishedAt?: Date;
  /** True when the source gave a calendar day without a time of day. */
  publishedDateOnly?: boolean;
  updatedAt?: Date;
  views?: number;
  category?: string;
  tags?: string[];
  authors?: string[];
  source?: string;
  attachments?: NewsAttachment[];
  /** Pinned by the editors (WordPress's "sticky"): first on the first page of the newest. */
  pinned?: boolean;
  /** Readable only with a password, on the site itself (WordPress's protected posts): no text comes. */
  locked?: boolean;
}

/** Why an item of a payload was left out. */
export interface DroppedItem {
  /** Position of the raw item in the payload, counted from 0. */
  index: number;
  /** The item's id, title or URL, whatever it had. */
  label: string;
  reason: string;
}

/** What a list may want from the whole of a source, not only the pages it has read. */
export interface ArchiveQuery {
  /** Words to search for. */
  search?: string;
  /** A category or tag, spelled as the items spell it. */
  category?: string;
  /** The most viewed first, rather than the newest. */
  mostViewed?: boolean;
  /** Only the pinned items. */
  pinned?: boolean;
}

/**
 * What a source's server can be asked: the URL of an answer to `query` over the whole archive, paged as the
 * source is, or undefined where that server cannot answer it (the list then reads further pages itself).
 */
export type AskServer = (query: ArchiveQuery) => string | undefined;

/** A normalized page of a source. */
export interface NewsPage {
  items: NewsItem[];
  dropped: DroppedItem[];
  /** Ids the source gave to several stories, told apart by their URLs (see `StoryIndex`). */
  repeatedIds?: string[];
  title?: string;
  next?: string;
  total?: number;
  /** Set by adapters of formats whose servers can search, filter or order (see `AskServer`). */
  ask?: AskServer;
  /**
   * The absolute URL of the archive index of a published static feed (see `ArchiveIndex`), with which a list
   * answers a search, a category or an order over every page without reading them all.
   */
  index?: string;
}

export type SourceFormat = 'native' | 'jsonfeed' | 'wordpress' | 'rss' | 'custom';

/** What an adapter needs besides the payload; it never touches network or DOM. */
export interface AdapterContext {
  /** Absolute URL of the source, for resolving relative links. */
  baseUrl: string;
  /**
   * Response headers that describe the payload (WordPress's `x-wp-total` and `x-wp-totalpages`, `link`), by
   * lower-case name; absent for a payload that came without (a file).
   */
  headers?: Readonly<Record<string, string>>;
  /** IANA zone for dates that carry no offset; undefined means the visitor's. */
  timeZone?: string;
  /**
   * Dot paths (`data.danhSach`, `a.b[0].c`, `the[].ten`) into the payload and its items: the whole mapping
   * for `custom`, and single-field overrides (`{"views": "_stats.luotXem"}`) for every other format.
   * Page-level keys: `items`, `next`, `total`, `feedTitle`; any other key names an item field.
   */
  fields?: Record<string, string>;
  /** A date-fns `parse` pattern tried before the built-in date forms (see `loadSourcePatternSupport`). */
  sourceDateFormat?: string;
}

/** A pure function from a payload to normalized items: no network, no live DOM. Async only to yield on large inputs. */
export type Adapter = (payload: unknown, context: AdapterContext) => Promise<NewsPage>;
