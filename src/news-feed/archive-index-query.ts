import { foldText } from '../internal/fold-text.js';
import type { ArchiveIndex, SearchText } from '../sources/archive-index.js';
import type { ArchiveQuery } from '../sources/types.js';
import { searchWords, wordPatterns } from './filter-items.js';

/**
 * The positions (in the published order) of the items that answer `query`, in the order the list shows
 * them: a category as `inCategory` matches, a search as `matching` does (over `text`, which a search needs),
 * and the most viewed first (items without a count last, each order stable as `sortItems` is).
 */
export function answerPositions(
  index: ArchiveIndex,
  text: SearchText | undefined,
  query: ArchiveQuery,
): number[] {
  let positions = index.views.map((_, position) => position);
  const wanted = foldText(query.category ?? '').trim();
  if (wanted) {
    const term = index.terms.findIndex((name) => foldText(name) === wanted);
    positions = term < 0 ? [] : positions.filter((position) => index.termsOf[position].includes(term));
  }
  const words = searchWords(query.search ?? '');
  if (words.length) {
    if (!text) throw new Error('a search of the archive index needs its searched text');
    const patterns = wordPatterns(words);
    positions = positions.filter((position) => patterns.every((pattern) => pattern.test(text[position])));
  }
  if (query.mostViewed) {
    const views = (position: number) => index.views[position] ?? -Infinity;
    positions.sort((a, b) => views(b) - views(a));
  }
  return positions;
}
