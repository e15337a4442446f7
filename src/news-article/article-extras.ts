/**
 * What only some article pages ask for, in a chunk of its own: following a feed on the same page
 * (`follow-feed`), the related list (`related`) and view counting (`count-url`).
 */
export { FeedFollower } from './follow-feed.js';
export { RelatedNews } from './related.js';
export { countView } from './count-view.js';
