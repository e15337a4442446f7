import { enList } from './messages/en/list.js';
import { viList } from './messages/vi/list.js';

/**
 * The UI strings both elements use, and those of a plain `<news-feed>`. `{name}` marks a value filled in at render
 * time.
 */
export interface FeedMessages {
  feedLabel: string;
  loading: string;
  empty: string;
  /** Also what a failure notice says when its own strings cannot be downloaded: the network is failing. */
  errorNetwork: string;
  /** A file of news-elements itself is missing beside it (said without the failure sentences, which may be that file). */
  errorSetup: string;
  retry: string;
  justNow: string;
  viewsOne: string;
  viewsOther: string;
  published: string;
  /** Said in the list instead of the summary of a password-protected post. */
  locked: string;
}

/** The other sentences of failure notices; they live in a chunk fetched at a page's first failure (see failure-text.ts). */
export interface FailureMessages {
  errorTimeout: string;
  errorHttp: string;
  errorParse: string;
  errorFormat: string;
  /** The time a stored copy was saved, shown when fresher news could not be loaded. */
  updatedAt: string;
  staleNotice: string;
}

/** The strings of the feed's paging, search, category tabs and ticker; they live in its extras chunk (see extras-messages.ts). */
export interface FeedExtrasMessages {
  loadMore: string;
  pagerLabel: string;
  previousPage: string;
  nextPage: string;
  pageOf: string;
  searchLabel: string;
  searchPlaceholder: string;
  resultsOne: string;
  resultsOther: string;
  noResults: string;
  categoriesLabel: string;
  allCategories: string;
  tickerLabel: string;
  pauseTicker: string;
  playTicker: string;
  previousHeadline: string;
  nextHeadline: string;
  /** The ticker's position: `{index}` of `{count}` headlines. */
  headlineOf: string;
  /** While a search, category or most-viewed order reads further pages of a source that cannot be asked. */
  archiveReading: string;
  /** Once it has read every page. */
  archiveCoveredAll: string;
  /** Once it stopped at the cap, with more left: `{total}` when the source says its size. */
  archiveCoveredPart: string;
  archiveCoveredPartOfTotal: string;
}

/** The strings only `<news-article>` shows; they live in its chunk (see article-messages.ts). */
export interface ArticleMessages {
  articleLabel: string;
  loadingArticle: string;
  notFound: string;
  /** A single-post URL that answered 401 or 403: a draft, a scheduled or a private post. */
  notPublic: string;
  /** The link of a password-protected article (whose notice is the list's `locked`) to the site. */
  readOnSite: string;
  viewsLabel: string;
  updated: string;
  related: string;
  attachments: string;
  tags: string;
  toolbar: string;
  print: string;
  printSource: string;
  fontSmaller: string;
  fontReset: string;
  fontLarger: string;
  share: string;
  shareNative: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  shareFacebook: string;
  shareZalo: string;
  listen: string;
  pause: string;
  resume: string;
  stop: string;
  watchVideo: string;
  newWindow: string;
}

/** Every UI string: what the `messages` property of either element may override. */
export type Messages = FeedMessages & FailureMessages & FeedExtrasMessages & ArticleMessages;

/** The strings for a language: its own where we ship them, English otherwise, then the page's overrides. */
export function messagesFor(lang: string, overrides?: Partial<Messages>): FeedMessages {
  return inLanguage({ vi: viList, en: enList }, lang, overrides);
}

/** `tables[lang]`, or English for a language we do not ship, with `overrides` on top. */
export function inLanguage<T>(tables: { vi: T; en: T }, lang: string, overrides?: Partial<Messages>): T {
  const base = tables[primarySubtag(lang) as 'vi' | 'en'] ?? tables.en;
  return overrides ? { ...base, ...overrides } : base;
}

/**
 * The language whose words a page in `lang` reads: its own where we ship them, English otherwise. Plurals
 * follow it: French counts 0 as one, but the English label wants "0 views".
 */
export function labelLanguage(lang: string): 'vi' | 'en' {
  return primarySubtag(lang) === 'vi' ? 'vi' : 'en';
}

export function primarySubtag(lang: string): string {
  return lang.split('-')[0].toLowerCase();
}

/** Fills `{name}` placeholders; unknown names are left visible so a typo in an override shows. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
