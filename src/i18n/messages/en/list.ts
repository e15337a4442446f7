import type { FeedMessages } from '../../messages.js';

export const enList: FeedMessages = {
  feedLabel: 'News',
  loading: 'Loading news…',
  empty: 'There is no news yet.',
  errorNetwork: 'Could not reach the news source.',
  errorSetup: 'The news widget is not fully installed on this page.',
  retry: 'Try again',
  justNow: 'just now',
  viewsOne: '{count} view',
  viewsOther: '{count} views',
  published: 'Published',
  locked: 'This post is password-protected.',
};
