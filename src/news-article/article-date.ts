import { DAY_MONTH_YEAR, formatDate, HOUR_MINUTE, type DateFormatOptions } from '../i18n/format-date.js';
import { dateTimeFormat } from '../i18n/intl-cache.js';
import { primarySubtag } from '../i18n/messages.js';

/**
 * An article page states when it was published, never "2 hours ago": with `auto` the meta line shows the
 * portal form `21/08/2020 | 17:24` in Vietnamese (`Aug 21, 2020 | 5:24 PM` in English). Any other
 * `date-format` is honoured as in the feed.
 */
export function formatArticleDate(date: Date, options: DateFormatOptions): string {
  if (options.format !== 'auto') return formatDate(date, options);
  const { locale, timeZone } = options;
  const vi = primarySubtag(locale) === 'vi';
  const day = dateTimeFormat(locale, { ...(vi ? DAY_MONTH_YEAR : { dateStyle: 'medium' }), timeZone }).format(
    date,
  );
  if (options.dateOnly) return day;
  const time = dateTimeFormat(locale, { ...(vi ? HOUR_MINUTE : { timeStyle: 'short' }), timeZone }).format(
    date,
  );
  return `${day} | ${time}`;
}
