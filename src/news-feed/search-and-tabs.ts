import { html, type TemplateResult } from 'lit';
import { pluralRules } from '../i18n/intl-cache.js';
import { extrasMessagesFor } from '../i18n/extras-messages.js';
import { fill, labelLanguage } from '../i18n/messages.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import { renderCategoryTabs, renderSearchBox } from './feed-controls.js';
import { categoriesOf } from './filter-items.js';
import type { FeedState } from './feed-state.js';

const SEARCH_DEBOUNCE_MS = 250;

/** The search box of `search`: the list follows once typing pauses, and the count found is announced. */
export function renderSearch(feed: FeedState): TemplateResult {
  const messages = extrasMessagesFor(resolveLang(feed), feed.messages);
  return renderSearchBox(feed.searchText, messages, (value) => onSearchInput(feed, value));
}

function onSearchInput(feed: FeedState, value: string): void {
  feed.searchText = value;
  clearTimeout(feed.searchTimer);
  feed.searchTimer = setTimeout(() => {
    feed.query = value;
    feed.resetPaging();
    // A source with more pages answers over its archive first (archive.ts), which announces then.
    if (!feed.page?.next) announceResults(feed);
  }, SEARCH_DEBOUNCE_MS);
}

/** Announces how many items the search found. */
export function announceResults(feed: FeedState): void {
  const lang = resolveLang(feed);
  const messages = extrasMessagesFor(lang, feed.messages);
  const count = feed.filtered.length;
  // "No results" shows in the status region, which is live: said here too, it would be heard twice.
  feed.announcement =
    !feed.query.trim() || count === 0
      ? ''
      : fill(
          pluralRules(labelLanguage(lang)).select(count) === 'one'
            ? messages.resultsOne
            : messages.resultsOther,
          { count },
        );
}

/** The tab bar of `category-tabs`: the categories of the loaded items, and "all" first. */
export function renderTabs(feed: FeedState): TemplateResult {
  const messages = extrasMessagesFor(resolveLang(feed), feed.messages);
  return renderCategoryTabs(
    categoriesShown(feed),
    feed.activeCategory,
    messages,
    'panel',
    (category, focus) => chooseCategory(feed, category, focus),
  );
}

function chooseCategory(feed: FeedState, category: string, focus: boolean): void {
  feed.chosenCategory = category;
  feed.resetPaging();
  if (focus) {
    void feed.updateComplete.then(() =>
      feed.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
    );
  }
}

/** The id of the selected tab, which labels the list. */
export function activeTabId(feed: FeedState): string {
  const index = ['', ...categoriesShown(feed)].indexOf(feed.activeCategory);
  return `tab-${Math.max(0, index)}`;
}

/** Said in the status region when the category and the search leave nothing to show. */
export function renderNoMatch(feed: FeedState): TemplateResult {
  return html`<p class="empty">${extrasMessagesFor(resolveLang(feed), feed.messages).noResults}</p>`;
}

const categoriesShown = (feed: FeedState): string[] => categoriesOf(feed.page?.items ?? []);
