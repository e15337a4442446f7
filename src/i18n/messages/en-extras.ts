import type { FeedExtrasMessages } from '../messages.js';

export const enExtras: FeedExtrasMessages = {
  loadMore: 'Load more',
  pagerLabel: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: 'Page {page} of {pages}',
  searchLabel: 'Search news',
  searchPlaceholder: 'Type a word, e.g. council',
  resultsOne: '{count} result',
  resultsOther: '{count} results',
  noResults: 'No news matches your search.',
  categoriesLabel: 'Categories',
  allCategories: 'All',
  tickerLabel: 'Headlines',
  pauseTicker: 'Pause',
  playTicker: 'Play',
  archiveReading: 'Reading more of the source ({count} items)…',
  archiveCoveredAll: 'Covers all {count} items of the source.',
  archiveCoveredPart: 'Covers only the newest {count} items of the source.',
  archiveCoveredPartOfTotal: 'Covers only the newest {count} of the source’s {total} items.',
};
