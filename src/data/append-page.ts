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
