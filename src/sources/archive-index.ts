import { NewsError } from '../errors.js';
import { absoluteUrl } from './normalize.js';
import { isObject } from './shape.js';

/**
 * The index of a published static feed (`news-elements publish`): what a list needs to search, filter by
 * category and order by views over every page of the folder while downloading only the pages that hold
 * the answer. Columns, one entry per item in the published order (newest first, `pageSize` a page), so
 * that item `i` is item `i % pageSize` of page `pages[floor(i / pageSize)]`. The words to search are a
 * second file (`search`), downloaded only by a search. Its JSON Schema is part of
 * `schema/native-feed.schema.json` (`$defs/archiveIndex`).
 */
export interface ArchiveIndex {
  /** The absolute URL of every page, first to last. */
  pages: string[];
  /**
   * The id of each page's first item: a page read later that starts otherwise was published again since
   * (new items moved everything down), and the positions of this index no longer hold for it.
   */
  firsts: string[];
  pageSize: number;
  /** The names a category filter matches (categories and tags), each spelled as first published. */
  terms: string[];
  /** Per item: the positions in `terms` of its category and tags. */
  termsOf: number[][];
  /** Per item: its view count, or null when the source gave none. */
  views: (number | null)[];
  /** The absolute URL of the searched text (`SearchText`). */
  search: string;
}

/** Per item, in the index's order: the folded text a search looks in (as `searchedText` makes it). */
export type SearchText = string[];

const format = (url: string, what: string) =>
  new NewsError('format', `the archive index ${url} is not one news-elements publish wrote: ${what}.`, {
    url,
  });

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Reads an index payload (its URL resolves the names in it); a wrong shape is a `format` failure. */
export function readArchiveIndex(payload: unknown, url: string): ArchiveIndex {
  if (!isObject(payload) || payload.version !== 1) throw format(url, 'no "version": 1');
  const { pages, firsts, pageSize, terms, termsOf, views, search } = payload;
  if (!Array.isArray(pages) || !pages.length) throw format(url, 'no "pages"');
  if (
    !Array.isArray(firsts) ||
    firsts.length !== pages.length ||
    !firsts.every((id) => typeof id === 'string')
  ) {
    throw format(url, '"firsts" does not give each page its first id');
  }
  const pageUrls = pages.map((page) => absoluteUrl(page, url));
  if (pageUrls.some((page) => !page)) throw format(url, 'a page is not a URL');
  if (!isCount(pageSize) || pageSize < 1) throw format(url, '"pageSize" is not a whole number from 1');
  if (!Array.isArray(terms) || !terms.every((term) => typeof term === 'string')) {
    throw format(url, '"terms" is not a list of names');
  }
  const count = Array.isArray(views) ? views.length : -1;
  if (!Array.isArray(views) || !views.every((value) => value === null || isCount(value))) {
    throw format(url, '"views" is not a list of counts');
  }
  if (count > pages.length * pageSize) throw format(url, 'more items than its pages hold');
  const known = (code: unknown) => isCount(code) && code < terms.length;
  if (
    !Array.isArray(termsOf) ||
    termsOf.length !== count ||
    !termsOf.every((codes) => Array.isArray(codes) && codes.every(known))
  ) {
    throw format(url, '"termsOf" does not give each item its terms');
  }
  const searchUrl = absoluteUrl(search, url);
  if (!searchUrl) throw format(url, 'no "search" file');
  return {
    pages: pageUrls as string[],
    firsts: firsts as string[],
    pageSize,
    terms: terms as string[],
    termsOf: termsOf as number[][],
    views: views as (number | null)[],
    search: searchUrl,
  };
}

/** Reads the searched text of `index`: one string per item. */
export function readSearchText(payload: unknown, url: string, index: ArchiveIndex): SearchText {
  const text = isObject(payload) ? payload.text : undefined;
  if (
    !Array.isArray(text) ||
    text.length !== index.views.length ||
    !text.every((t) => typeof t === 'string')
  ) {
    throw format(url, 'its "text" does not give each item of the index its words');
  }
  return text as string[];
}
