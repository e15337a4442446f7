import type { NewsError } from '../errors.js';
import type { ParsedSource } from '../sources/detect.js';
import { StoryIndex } from '../sources/story.js';
import type { NewsItem, NewsPage } from '../sources/types.js';

/**
 * One source of a multi-URL `src`, as it turned out: a page, a failure, or both (a stored copy shown because
 * the network failed).
 */
export interface SourceOutcome {
  url: string;
  page?: ParsedSource;
  error?: NewsError;
  /** When the page is a stored copy: when it was saved. */
  storedAt?: number;
}

export interface MergedPage extends NewsPage {
  /** Sources that failed: reported, never hiding what did load. */
  failures: NewsError[];
  /** The format each answering source was read as, in `src` order. */
  formats: ParsedSource['format'][];
  /** Set when a failed source is shown from a stored copy: the oldest such copy's time. */
  storedAt?: number;
}

/** What a page says of its source alone: kept where the list shows one source. */
const ONE_SOURCES = ['title', 'next', 'ask', 'index'] as const;

/**
 * Several feeds as one list, in `src` order (the element sorts): an item that two sources share (see
 * `StoryIndex`: the same URL, or the same id where URLs cannot tell them apart) shows once, and each item
 * names the source it came from.
 */
export function mergePages(outcomes: SourceOutcome[]): MergedPage {
  const stories = new StoryIndex();
  const items: NewsItem[] = [];
  const merged: MergedPage = { items, dropped: [], failures: [], formats: [] };
  const several = outcomes.length > 1;
  let total = 0;
  for (const { url, page, error, storedAt } of outcomes) {
    if (error) merged.failures.push(error);
    if (!page) continue;
    if (error && storedAt !== undefined) merged.storedAt = Math.min(merged.storedAt ?? storedAt, storedAt);
    merged.formats.push(page.format);
    const source = page.title ?? new URL(url).hostname;
    for (const item of page.items) {
      if (stories.find(item) !== undefined) continue;
      stories.add(item, items.length);
      items.push(item.source || !several ? item : { ...item, source });
    }
    merged.dropped.push(...page.dropped);
    if (page.repeatedIds) merged.repeatedIds = [...(merged.repeatedIds ?? []), ...page.repeatedIds];
    total += page.total ?? page.items.length;
    // The title, the next page and what can be asked of the archive (a server, or a published feed's index)
    // are one source's: several are read further instead (see archive.ts).
    if (!several) {
      for (const key of ONE_SOURCES) if (page[key]) Object.assign(merged, { [key]: page[key] });
    }
  }
  merged.total = several ? items.length : total;
  return merged;
}
