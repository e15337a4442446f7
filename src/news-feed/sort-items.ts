import type { NewsItem } from '../sources/types.js';

export type SortOrder = 'newest' | 'most-viewed' | 'source';

/**
 * A sorted copy; items without the sort key go last, in source order (the sort is stable). With
 * `pinnedFirst`, pinned items lead the newest and the source's order, as a WordPress home page shows its
 * sticky posts; the most viewed are ranked by views alone.
 */
export function sortItems(items: readonly NewsItem[], order: SortOrder, pinnedFirst = false): NewsItem[] {
  const sorted = [...items];
  if (order === 'newest') {
    sorted.sort((a, b) => key(b.publishedAt?.getTime()) - key(a.publishedAt?.getTime()));
  } else if (order === 'most-viewed') {
    sorted.sort((a, b) => key(b.views) - key(a.views));
  }
  if (pinnedFirst && order !== 'most-viewed') sorted.sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned));
  return sorted;
}

const key = (value: number | undefined): number => value ?? -Infinity;
