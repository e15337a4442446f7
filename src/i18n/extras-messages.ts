import { inLanguage, type FeedExtrasMessages, type Messages } from './messages.js';
import { enControls } from './messages/en/controls.js';
import { viControls } from './messages/vi/controls.js';

/**
 * The strings of the feed's paging, search, category tabs and ticker, in the page's language, with the page's
 * overrides. They are here rather than in messages.ts so that only feeds that use those features download them.
 */
export function extrasMessagesFor(lang: string, overrides?: Partial<Messages>): FeedExtrasMessages {
  return inLanguage({ vi: viControls, en: enControls }, lang, overrides);
}
