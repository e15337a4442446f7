import { foldText, foldWithMap } from '../internal/fold-text.js';
import type { NewsItem } from '../sources/types.js';

/** Items of a category or tag (case- and diacritic-insensitive); all of them when `category` is empty. */
export function inCategory(items: readonly NewsItem[], category: string): NewsItem[] {
  const wanted = foldText(category).trim();
  if (!wanted) return [...items];
  return items.filter((item) => categoryNames(item).some((name) => foldText(name) === wanted));
}

/** The names a category filter looks at: the item's category and its tags. */
export function categoryNames(item: NewsItem): string[] {
  return [item.category, ...(item.tags ?? [])].filter((name): name is string => name !== undefined);
}

/** The words of a search, folded; empty words dropped. */
export function searchWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/** Items of `category` (all when empty) that match every word of `query`. */
export function filterItems(items: readonly NewsItem[], category: string, query: string): NewsItem[] {
  return matching(inCategory(items, category), searchWords(query));
}

/**
 * Items in whose title, summary, category or tags every word of the search begins a word: `uy` finds `uỷ`
 * but not the `uy` inside `Huy`.
 */
export function matching(items: readonly NewsItem[], words: string[]): NewsItem[] {
  if (!words.length) return [...items];
  const patterns = wordPatterns(words);
  return items.filter((item) => {
    const haystack = searchedText(item);
    return patterns.every((pattern) => pattern.test(haystack));
  });
}

/** The folded text a search looks in: title, summary, category and tags. */
export function searchedText(item: NewsItem): string {
  return foldText([item.title, item.summary, item.category, ...(item.tags ?? [])].join(' '));
}

/** One test per word of a search: the folded word at the start of a word of the searched text. */
export const wordPatterns = (words: string[]): RegExp[] => words.map((word) => wordStart(word));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A folded word at the start of a word (after a non-letter, or at the very start). */
const wordStart = (word: string, flags = 'u') => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}`, flags);

/** `text` cut into plain and matched pieces, for highlighting the words of a search. */
export function highlightPieces(text: string, words: string[]): { text: string; match: boolean }[] {
  if (!words.length) return [{ text, match: false }];
  const { folded, map } = foldWithMap(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (const found of folded.matchAll(wordStart(word, 'gu'))) {
      const at = found.index;
      const start = map[at];
      const end = at + word.length < map.length ? map[at + word.length] : text.length;
      for (let i = start; i < end; i++) marked[i] = true;
    }
  }
  const pieces: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else pieces.push({ text: text[i], match: marked[i] });
  }
  return pieces;
}

/** The categories present, in order of first appearance, spelled as first seen. */
export function categoriesOf(items: readonly NewsItem[]): string[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    if (item.category && !seen.has(foldText(item.category))) seen.set(foldText(item.category), item.category);
  }
  return [...seen.values()];
}
