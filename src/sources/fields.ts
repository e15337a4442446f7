import { readPath } from './field-path.js';
import type { ItemDraft } from './normalize.js';

/** `fields` keys that describe the page rather than an item. */
export const PAGE_FIELDS = new Set(['items', 'next', 'total', 'feedTitle']);

/** `fields` item keys → the draft field each one fills (several spellings are accepted). */
export const ITEM_FIELDS: Record<string, keyof Omit<ItemDraft, 'raw'>> = {
  id: 'id',
  title: 'title',
  url: 'url',
  link: 'url',
  summary: 'summary',
  content: 'contentHtml',
  contentHtml: 'contentHtml',
  contentText: 'contentText',
  image: 'image',
  imageAlt: 'imageAlt',
  imageCaption: 'imageCaption',
  date: 'published',
  published: 'published',
  publishedAt: 'published',
  updated: 'updated',
  updatedAt: 'updated',
  views: 'views',
  category: 'category',
  tags: 'tags',
  authors: 'authors',
  author: 'authors',
  attachments: 'attachments',
};

/**
 * The draft with every item field named in `fields` read from the raw item instead; a path that finds
 * nothing leaves the adapter's value in place.
 */
export function applyFieldOverrides(draft: ItemDraft, fields: Record<string, string> | undefined): ItemDraft {
  if (!fields || draft.raw === undefined) return draft;
  const result: ItemDraft = { ...draft };
  for (const [key, path] of Object.entries(fields)) {
    const target = ITEM_FIELDS[key];
    if (!target || typeof path !== 'string') continue;
    const value = readPath(draft.raw, path);
    if (value !== undefined && value !== null) result[target] = value;
  }
  return result;
}

/** Field keys that are neither page nor item fields: a typo the integrator should hear about. */
export function unknownFieldKeys(fields: Record<string, string>): string[] {
  return Object.keys(fields).filter((key) => !PAGE_FIELDS.has(key) && !(key in ITEM_FIELDS));
}
