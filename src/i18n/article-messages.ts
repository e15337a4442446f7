import {
  inLanguage,
  messagesFor,
  type ArticleMessages,
  type FeedMessages,
  type Messages,
} from './messages.js';
import { enArticle } from './messages/en/article.js';
import { viArticle } from './messages/vi/article.js';

/** What `<news-article>` shows: the strings both elements use, and its own. */
export type ArticleStrings = FeedMessages & ArticleMessages;

/**
 * Every string `<news-article>` shows, in the page's language, with the page's overrides. The article's own
 * strings are here rather than in messages.ts so that only pages with an article download them.
 */
export function articleMessagesFor(lang: string, overrides?: Partial<Messages>): ArticleStrings {
  return { ...messagesFor(lang), ...inLanguage({ vi: viArticle, en: enArticle }, lang, overrides) };
}
