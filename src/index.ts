export { NewsFeedElement, type FeedStatus } from './news-feed/news-feed.js';
export { NewsArticleElement, type ArticleStatus } from './news-article/news-article.js';
export { NewsError, type NewsErrorKind } from './errors.js';
export type { NewsEvent, NewsEventDetails, NewsEventName } from './element/events.js';
export type {
  NewsItem,
  NewsImage,
  NewsAttachment,
  NewsPage,
  DroppedItem,
  SourceFormat,
  AdapterContext,
} from './sources/types.js';
export { adaptNative } from './sources/native.js';
export { adaptJsonFeed } from './sources/jsonfeed.js';
export { detectFormat, type FormatSetting } from './sources/detect.js';
export { parseSource } from './data/read-source.js';
export { readSourceDate } from './sources/dates/read-date.js';
export { loadFeed, type LoadOptions } from './data/load-feed.js';
export { loadArticle, type ArticleAnswer } from './data/load-article.js';
export { formatDate, type DateFormat } from './i18n/format-date.js';
export { formatViews, type ViewsFormat } from './i18n/format-views.js';
export { articleMessagesFor } from './i18n/article-messages.js';
export { extrasMessagesFor } from './i18n/extras-messages.js';
export { errorText, staleText } from './i18n/failure-text.js';
export {
  messagesFor,
  type ArticleMessages,
  type FeedExtrasMessages,
  type FeedMessages,
  type Messages,
  type FailureMessages,
} from './i18n/messages.js';
