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
