import type { NewsError } from '../errors.js';
import { fill, type FeedMessages } from './messages.js';

/** The short, localized sentence a page shows for a failure; the console gets the integrator's detail. */
export function errorText(error: NewsError, messages: FeedMessages): string {
  switch (error.kind) {
    case 'network':
      return messages.errorNetwork;
    case 'timeout':
      return messages.errorTimeout;
    case 'http':
      return fill(messages.errorHttp, { status: error.status ?? '' });
    case 'parse':
      return messages.errorParse;
    case 'format':
      return messages.errorFormat;
  }
}
