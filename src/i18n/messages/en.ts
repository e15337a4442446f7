import type { FeedMessages } from '../messages.js';

export const en: FeedMessages = {
  feedLabel: 'News',
  loading: 'Loading news…',
  empty: 'There is no news yet.',
  errorNetwork: 'Could not reach the news source.',
  errorTimeout: 'The news source took too long to answer.',
  errorHttp: 'The news source answered with error {status}.',
  errorParse: 'The news source sent data that cannot be read.',
  errorFormat: 'The news source is in a format this widget does not know.',
  updatedAt: 'Updated {time}',
  staleNotice: 'Could not load the latest news.',
  retry: 'Try again',
  justNow: 'just now',
  viewsOne: '{count} view',
  viewsOther: '{count} views',
  published: 'Published',
};
