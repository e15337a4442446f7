import { en } from './messages/en.js';
import { vi } from './messages/vi.js';

/** Every UI string. `{name}` marks a value filled in at render time. */
export interface Messages {
  feedLabel: string;
  loading: string;
  empty: string;
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: string;
  errorParse: string;
  errorFormat: string;
  /** The time a stored copy was saved, shown when fresher news could not be loaded. */
  updatedAt: string;
  staleNotice: string;
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
  retry: string;
  justNow: string;
  viewsOne: string;
  viewsOther: string;
  published: string;
  // <news-article>
  articleLabel: string;
  loadingArticle: string;
  notFound: string;
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

const bundled: Record<string, Messages> = { vi, en };

/** The strings for a language: its own where we ship them, English otherwise, then the page's overrides. */
export function messagesFor(lang: string, overrides?: Partial<Messages>): Messages {
  const base = bundled[primarySubtag(lang)] ?? en;
  return overrides ? { ...base, ...overrides } : base;
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
