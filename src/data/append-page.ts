import { StoryIndex } from '../sources/story.js';
import type { MergedPage } from './merge-pages.js';

/** The next page of a paged source joined to what is shown: new stories appended, repeats left out. */
export function appendPage(current: MergedPage, more: MergedPage): MergedPage {
  const stories = new StoryIndex();
  current.items.forEach((item, position) => stories.add(item, position));
  const fresh = more.items.filter((item) => stories.find(item) === undefined);
  const repeatedIds = [...(current.repeatedIds ?? []), ...(more.repeatedIds ?? [])];
  return {
    ...current,
    items: [...current.items, ...fresh],
    dropped: [...current.dropped, ...more.dropped],
    ...(repeatedIds.length ? { repeatedIds } : {}),
    next: more.next,
    total: current.total ?? more.total,
  };
}

/**
 * A source's first page fetched again (a background refresh, a retry), in front of the pages the visitor had
 * loaded after it, so that the page on show stays: repeats are left out, and paging goes on where it was.
 */
export function refreshFirstPage(shown: MergedPage, fresh: MergedPage): MergedPage {
  if (shown.items.length <= fresh.items.length) return fresh;
  return { ...appendPage(fresh, shown), dropped: fresh.dropped, total: fresh.total ?? shown.total };
}
