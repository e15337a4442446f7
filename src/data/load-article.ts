import { NewsError } from '../errors.js';
import type { NewsItem } from '../sources/types.js';
import { loadFeed, type LoadOptions } from './load-feed.js';

/** What a source answers for one article. */
export interface ArticleAnswer {
  /** The article; undefined when the source has none with that id. */
  item: NewsItem | undefined;
  /** The absolute URL asked: relative links in the article resolve against it. */
  url: string;
  /** The format each source was read in. */
  formats: string[];
  /** The source answered 401 or 403: the article is there but not public (a draft, a private post). */
  notPublic?: boolean;
}

/** Whether `src` names one URL per article (`bai-viet/{id}.json`) rather than a feed to pick from. */
export const isTemplate = (src: string): boolean => src.includes('{id}');

export function fillId(src: string, id: string): string {
  return src.replaceAll('{id}', encodeURIComponent(id));
}

/**
 * The item to show. A URL made for this id answers with the article itself, whatever id the CMS gives it;
 * a feed is searched by id, and by the item's URL when an id is a link.
 */
export function pickArticle(items: NewsItem[], id: string, templated: boolean): NewsItem | undefined {
  if (templated && items.length === 1) return items[0];
  if (!id) return items.length === 1 ? items[0] : undefined;
  return items.find((item) => item.id === id) ?? items.find((item) => item.url === id);
}

/**
 * One article, headless, as `<news-article>` loads it: from a feed, picked by `id`, or from a URL per article
 * (`src` with `{id}`), through `loadFeed` with the same options. A missing article is an answer, not a
 * failure: a URL per article answering 404 or 410 has none; any source answering 401 or 403 has one that is
 * not public. Other failures are thrown as `loadFeed` throws them.
 */
export async function loadArticle(src: string, id: string, options: LoadOptions): Promise<ArticleAnswer> {
  const templated = isTemplate(src);
  if (templated && !id) return { item: undefined, url: src, formats: [] };
  const url = new URL(templated ? fillId(src, id) : src, options.baseUrl ?? document.baseURI).href;
  try {
    const page = await loadFeed(url, options);
    return { item: pickArticle(page.items, id, templated), url, formats: page.formats };
  } catch (error) {
    const status = error instanceof NewsError && error.kind === 'http' ? error.status : undefined;
    // 401 or 403 (a WordPress draft, scheduled or private post) will not change on a retry either.
    if (status === 401 || status === 403) return { item: undefined, url, formats: [], notPublic: true };
    if (templated && (status === 404 || status === 410)) return { item: undefined, url, formats: [] };
    throw error;
  }
}
