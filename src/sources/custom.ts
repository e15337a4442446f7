import { NewsError } from '../errors.js';
import { readPath } from './field-path.js';
import { applyFieldOverrides, ITEM_FIELDS } from './fields.js';
import { absoluteUrl, normalizeDrafts, text, type ItemDraft } from './normalize.js';
import { readCount } from './count.js';
import { describe } from './shape.js';
import type { AdapterContext, NewsPage } from './types.js';

/** Item fields read by their native names when `fields` does not name them. */
const DEFAULTS: Record<string, string> = {
  id: 'id',
  title: 'title',
  url: 'url',
  summary: 'summary',
  contentHtml: 'contentHtml',
  image: 'image',
  publishedAt: 'publishedAt',
  updatedAt: 'updatedAt',
  views: 'views',
  category: 'category',
  tags: 'tags',
  authors: 'authors',
  attachments: 'attachments',
};

/**
 * Any JSON described by `context.fields` (dot paths, `[]` for arrays): `items` locates the list (the payload
 * itself when it is an array and `items` is not given), `next`, `total` and `feedTitle` are read from the
 * payload, every other key from each item.
 */
export async function adaptCustom(payload: unknown, context: AdapterContext): Promise<NewsPage> {
  const fields = context.fields ?? {};
  const list = fields.items !== undefined ? readPath(payload, fields.items) : payload;
  if (!Array.isArray(list)) {
    const where = fields.items !== undefined ? `at "${fields.items}"` : 'at the top level (set fields.items)';
    throw new NewsError(
      'format',
      `A custom source needs an array of items ${where}; found ${describe(list)}.`,
    );
  }
  const drafts = list.map((raw) => {
    const draft: ItemDraft = { raw };
    for (const [key, path] of Object.entries(DEFAULTS)) {
      const target = ITEM_FIELDS[key];
      const value = readPath(raw, path);
      if (value !== undefined) draft[target] = value;
    }
    // normalizeDrafts applies `fields` on top of these defaults.
    return draft;
  });
  const readers = { ...context.readers, overrideFields: applyFieldOverrides };
  const page: NewsPage = { ...(await normalizeDrafts(drafts, { ...context, fields, readers })) };
  Object.assign(page, pageFields(payload, fields, context.baseUrl));
  return page;
}

/** `next`, `total` and `feedTitle` read from the payload by their `fields` paths. */
export function pageFields(
  payload: unknown,
  fields: Record<string, string> | undefined,
  baseUrl: string,
): Partial<Pick<NewsPage, 'next' | 'total' | 'title'>> {
  const page: Partial<Pick<NewsPage, 'next' | 'total' | 'title'>> = {};
  if (!fields) return page;
  if (fields.next !== undefined) {
    const next = absoluteUrl(readPath(payload, fields.next), baseUrl);
    if (next) page.next = next;
  }
  if (fields.total !== undefined) {
    const total = readCount(readPath(payload, fields.total));
    if (total !== undefined) page.total = total;
  }
  if (fields.feedTitle !== undefined) {
    const title = text(readPath(payload, fields.feedTitle));
    if (title) page.title = title;
  }
  return page;
}
