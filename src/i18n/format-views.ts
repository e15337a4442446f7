import { numberFormat, pluralRules } from './intl-cache.js';
import { fill, labelLanguage, type FeedMessages } from './messages.js';

export type ViewsFormat = 'full' | 'compact';

/**
 * A count in the locale's digits: `1.234` / `1,234`; compact gives `1,2 nghìn` and `311 nghìn` in
 * Vietnamese (as portals print them, not ICU's short `311 N`) and `1.2K` in English.
 */
export function formatCount(count: number, locale: string, style: ViewsFormat): string {
  if (style !== 'compact') return numberFormat(locale).format(count);
  const display = labelLanguage(locale) === 'vi' ? 'long' : 'short';
  return numberFormat(locale, { notation: 'compact', compactDisplay: display }).format(count);
}

/** `1.234 lượt xem` / `1,234 views` / `1 view`, the plural chosen by the rules of the label's language. */
export function formatViews(
  count: number,
  locale: string,
  style: ViewsFormat,
  messages: FeedMessages,
): string {
  const one = pluralRules(labelLanguage(locale)).select(count) === 'one';
  return fill(one ? messages.viewsOne : messages.viewsOther, { count: formatCount(count, locale, style) });
}
