import type { NewsItem } from '../sources/types.js';

/**
 * Where an item links to: the `href` template filled with the item's fields (`{id}`, `{url}`, `{category}`
 * …, each URL-encoded) and resolved against the page, or the item's own URL.
 */
export function linkFor(item: NewsItem, template: string, pageUrl: string): string | undefined {
  if (!template) return item.url;
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (item as unknown as Record<string, unknown>)[name];
    return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(value) : '';
  });
  try {
    const url = new URL(filled, pageUrl);
    return ['http:', 'https:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
