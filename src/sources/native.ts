import { absoluteUrl, normalizeDrafts, text, type ItemDraft } from './normalize.js';
import { readCount } from './count.js';
import { isObject, itemList } from './shape.js';
import type { AdapterContext, NewsPage } from './types.js';

/**
 * The project's own format (`native`): `{ items: [normalized items with ISO dates], next?, total?, title? }`.
 * Its JSON Schema is `schema/native-feed.schema.json`.
 */
export async function adaptNative(payload: unknown, context: AdapterContext): Promise<NewsPage> {
  const feed = isObject(payload) ? payload : {};
  const drafts = itemList(feed, 'items', 'native').map(toDraft);
  const page: NewsPage = { ...(await normalizeDrafts(drafts, context)) };
  const title = text(feed.title);
  if (title) page.title = title;
  // The next page, and a published feed's archive index: only reported, loading it is the list's (archive.ts).
  for (const link of ['next', 'index'] as const) {
    const url = absoluteUrl(feed[link], context.baseUrl);
    if (url) page[link] = url;
  }
  const total = readCount(feed.total);
  if (total !== undefined) page.total = total;
  return page;
}

function toDraft(raw: unknown): ItemDraft {
  if (!isObject(raw)) return {};
  return {
    raw,
    id: raw.id,
    title: raw.title,
    url: raw.url,
    summary: raw.summary,
    contentHtml: raw.contentHtml,
    image: raw.image,
    published: raw.publishedAt,
    updated: raw.updatedAt,
    views: raw.views,
    category: raw.category,
    tags: raw.tags,
    authors: raw.authors,
    attachments: raw.attachments,
  };
}
