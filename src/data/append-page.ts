import type { MergedPage } from './merge-pages.js';

/** The next page of a paged source joined to what is shown: new items appended, repeats left out. */
export function appendPage(current: MergedPage, more: MergedPage): MergedPage {
  const seen = new Set(
    current.items.flatMap((item) => [`id:${item.id}`, ...(item.url ? [`url:${item.url}`] : [])]),
  );
  const fresh = more.items.filter(
    (item) => !seen.has(`id:${item.id}`) && !(item.url && seen.has(`url:${item.url}`)),
  );
  return {
    ...current,
    items: [...current.items, ...fresh],
    dropped: [...current.dropped, ...more.dropped],
    next: more.next,
    total: current.total ?? more.total,
  };
}
