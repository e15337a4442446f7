import type { NewsItem } from '../sources/types.js';

export type SortOrder = 'newest' | 'most-viewed' | 'source';

/** A sorted copy; items without the sort key go last, in source order (the sort is stable). */
export function sortItems(items: readonly NewsItem[], order: SortOrder): NewsItem[] {
  const sorted = [...items];
  if (order === 'newest') {
    sorted.sort((a, b) => key(b.publishedAt?.getTime()) - key(a.publishedAt?.getTime()));
  } else if (order === 'most-viewed') {
    sorted.sort((a, b) => key(b.views) - key(a.views));
  }
  return sorted;
}

const key = (value: number | undefined): number => value ?? -Infinity;
