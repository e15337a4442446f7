import type { NewsItem } from './types.js';

/**
 * Which items are one story: the same URL, or the same id where URLs cannot tell them apart (an item without
 * one). The same id with different URLs is two stories: CMSs reuse ids (a list numbered from 1 on every page,
 * an id shared by a story and its translation), and collapsing those would hide news without a word.
 */
export class StoryIndex {
  readonly #byUrl = new Map<string, number>();
  /** Per id: the position of its first item, and of its first item without a URL. */
  readonly #byId = new Map<string, [first: number, withoutUrl?: number]>();

  /** The position given to the story `item` repeats, or undefined when it is a story of its own. */
  find({ id, url }: NewsItem): number | undefined {
    return (url ? this.#byUrl.get(url) : undefined) ?? this.#byId.get(id)?.[url ? 1 : 0];
  }

  /** Whether some story already has `item`'s id (so `item`, a story of its own, repeats an id). */
  hasId(item: NewsItem): boolean {
    return this.#byId.has(item.id);
  }

  add({ id, url }: NewsItem, position: number): void {
    if (url && !this.#byUrl.has(url)) this.#byUrl.set(url, position);
    const sameId = this.#byId.get(id) ?? this.#byId.set(id, [position]).get(id)!;
    if (!url) sameId[1] ??= position;
  }
}

/** A key for each story of a list, where ids may repeat (see `StoryIndex`): what keeps rows apart. */
export const storyKey = (item: NewsItem): string => `${item.id}\n${item.url ?? ''}`;
