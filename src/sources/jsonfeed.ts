import { absoluteUrl, normalizeDrafts, text, type ItemDraft } from './normalize.js';
import { readCount } from './count.js';
import { isObject, itemList, type JsonObject } from './shape.js';
import type { AdapterContext, NewsPage } from './types.js';

/**
 * JSON Feed 1.1 and 1.0. View count and category ride in the item extension
 * `"_news": { "views": 122, "category": "Tin tức - Sự kiện" }`.
 */
export async function adaptJsonFeed(payload: unknown, context: AdapterContext): Promise<NewsPage> {
  const feed = isObject(payload) ? payload : {};
  const drafts = itemList(feed, 'items', 'JSON Feed').map(toDraft);
  const page: NewsPage = { ...(await normalizeDrafts(drafts, context)) };
  const title = text(feed.title);
  if (title) page.title = title;
  const next = absoluteUrl(feed.next_url, context.baseUrl);
  if (next) page.next = next;
  const extension = isObject(feed._news) ? feed._news : {};
  const total = readCount(extension.total);
  if (total !== undefined) page.total = total;
  return page;
}

function toDraft(raw: unknown): ItemDraft {
  if (!isObject(raw)) return {};
  const extension: JsonObject = isObject(raw._news) ? raw._news : {};
  const authors = Array.isArray(raw.authors) ? raw.authors : raw.author ? [raw.author] : undefined;
  return {
    raw,
    id: raw.id,
    title: raw.title,
    url: raw.url ?? raw.external_url,
    summary: raw.summary,
    contentHtml: raw.content_html,
    contentText: raw.content_text,
    image: raw.image ?? raw.banner_image,
    published: raw.date_published,
    updated: raw.date_modified,
    views: extension.views,
    category: extension.category,
    tags: raw.tags,
    authors,
    attachments: raw.attachments,
  };
}
