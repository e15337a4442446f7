import type { FailureMessages } from '../../messages.js';

export const enFailures: FailureMessages = {
  errorTimeout: 'The news source took too long to answer.',
  errorHttp: 'The news source answered with error {status}.',
  errorParse: 'The news source sent data that cannot be read.',
  errorFormat: 'The news source is in a format this widget does not know.',
  updatedAt: 'Updated {time}',
  staleNotice: 'Could not load the latest news.',
};
