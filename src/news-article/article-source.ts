import type { NewsItem } from '../sources/types.js';

/** The article's id: `article-id` when set, else the page URL's query parameter `idParam`. */
export function articleIdFor(articleId: string, idParam: string): string {
  const own = articleId.trim();
  if (own) return own;
  return new URLSearchParams(location.search).get(idParam.trim() || 'id')?.trim() ?? '';
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
