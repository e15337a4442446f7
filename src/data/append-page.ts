import { itemKeys, type MergedPage } from './merge-pages.js';

/** The next page of a paged source joined to what is shown: new items appended, repeats left out. */
export function appendPage(current: MergedPage, more: MergedPage): MergedPage {
  const seen = new Set(current.items.flatMap(itemKeys));
  const fresh = more.items.filter((item) => !itemKeys(item).some((key) => seen.has(key)));
  return {
    ...current,
    items: [...current.items, ...fresh],
    dropped: [...current.dropped, ...more.dropped],
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

/**
 * The pinned items a source's server gave (most are not on its first page), joined to its first page, each
 * once: the list shows them first, and drops their repeat when a later page brings it.
 */
export function withPinnedItems(page: MergedPage, pinned: MergedPage): MergedPage {
  // Only what the answer itself marks pinned: a server that ignored the question answers with any posts.
  const first = pinned.items.filter((item) => item.pinned);
  const keys = new Set(first.flatMap(itemKeys));
  const rest = page.items.filter((item) => !itemKeys(item).some((key) => keys.has(key)));
  return { ...page, items: [...first, ...rest] };
}
