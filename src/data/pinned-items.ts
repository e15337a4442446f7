import { StoryIndex } from '../sources/story.js';
import type { MergedPage } from './merge-pages.js';

/**
 * The pinned items a source's server gave (most are not on its first page), joined to its first page, each
 * once: the list shows them first, and drops their repeat when a later page brings it.
 */
export function withPinnedItems(page: MergedPage, pinned: MergedPage): MergedPage {
  // Only what the answer itself marks pinned: a server that ignored the question answers with any posts.
  const first = pinned.items.filter((item) => item.pinned);
  const stories = new StoryIndex();
  first.forEach((item, position) => stories.add(item, position));
  const rest = page.items.filter((item) => stories.find(item) === undefined);
  return { ...page, items: [...first, ...rest] };
}
