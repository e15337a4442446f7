import { numberFormat, pluralRules } from './intl-cache.js';
import { fill, type FeedMessages } from './messages.js';

export type ViewsFormat = 'full' | 'compact';

/** `1.234 lượt xem` / `1,234 views` / `1 view`; compact gives `1,2 N` / `1.2K`. */
export function formatViews(
  count: number,
  locale: string,
  style: ViewsFormat,
  messages: FeedMessages,
): string {
  const number = numberFormat(locale, style === 'compact' ? { notation: 'compact' } : {}).format(count);
  const template = pluralRules(locale).select(count) === 'one' ? messages.viewsOne : messages.viewsOther;
  return fill(template, { count: number });
}
