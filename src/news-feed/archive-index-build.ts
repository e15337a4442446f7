import { foldText } from '../internal/fold-text.js';
import type { NewsItem } from '../sources/types.js';
import { categoryNames, searchedText } from './filter-items.js';

/**
 * The two files of a published folder's archive index (see `ArchiveIndex`), as JSON-ready objects, for
 * items in their published order. Built with the very functions the list filters with, so that an answer
 * from the index is the answer the list would give with every page loaded. `pages` are the pages' names
 * (relative to the index); `searchName` is the name the searched text will be published under.
 */
export function buildArchiveIndex(
  items: readonly NewsItem[],
  { pages, pageSize, searchName }: { pages: string[]; pageSize: number; searchName: string },
) {
  const terms: string[] = [];
  const codes = new Map<string, number>();
  const termsOf = items.map((item) => {
    const mine = new Set<number>();
    for (const name of categoryNames(item)) {
      const folded = foldText(name);
      if (!codes.has(folded)) codes.set(folded, terms.push(name) - 1);
      mine.add(codes.get(folded)!);
    }
    return [...mine];
  });
  return {
    index: {
      version: 1,
      pageSize,
      pages,
      firsts: pages.map((_, page) => items[page * pageSize]?.id ?? ''),
      search: searchName,
      terms,
      views: items.map((item) => item.views ?? null),
      termsOf,
    },
    // Runs of spaces do not change where a word starts, and are most of what folding leaves behind.
    search: { text: items.map((item) => searchedText(item).replace(/ {2,}/g, ' ').trim()) },
  };
}
