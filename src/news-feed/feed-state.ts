import type { ReactiveControllerHost } from 'lit';
import type { NewsFeedElement } from './news-feed.js';

/**
 * What the feed's extras (archive, paging, search and tabs, ticker, pinned items) may read and change of
 * their feed, and nothing else of the element: its settings, its list state and the few actions on it. The
 * state members are `@internal`: out of the public `.d.ts`, open only to these modules.
 */
export type FeedState = ReactiveControllerHost &
  HTMLElement &
  Pick<
    NewsFeedElement,
    // Its rendering.
    | 'renderRoot'
    | 'renderNotice'
    // Settings the extras follow.
    | 'src'
    | 'paging'
    | 'layout'
    | 'sort'
    | 'refresh'
    | 'tickerSeconds'
    | 'tickerAutoplay'
    | 'messages'
    | 'timeout'
    | 'cache'
    // The list: what was loaded, and what the visitor chose of it.
    | 'page'
    | 'archive'
    | 'error'
    | 'outcome'
    | 'query'
    | 'searchText'
    | 'searchTimer'
    | 'chosenCategory'
    | 'currentPage'
    | 'pagesShown'
    | 'loadingMore'
    | 'pageRetry'
    | 'more'
    | 'announcement'
    | 'ticker'
    // What follows from it.
    | 'size'
    | 'items'
    | 'filtered'
    | 'filtering'
    | 'activeCategory'
    | 'listPage'
    | 'pageCount'
    // Actions.
    | 'loadSource'
    | 'showError'
    | 'resetPaging'
    | 'showMore'
    | 'goToPage'
  >;
