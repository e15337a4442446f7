import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz/date';
import { vi } from 'date-fns/locale/vi';
import { enUS } from 'date-fns/locale/en-US';
import { primarySubtag } from './messages.js';

const LOCALES: Record<string, typeof enUS> = { vi, en: enUS };

/**
 * date-fns patterns (`dd/MM/yyyy | HH:mm`) in a zone. Loaded on demand: presets need only Intl, and this
 * is the heaviest part of date display.
 */
export function formatPattern(
  date: Date,
  pattern: string,
  locale: string,
  timeZone: string | undefined,
): string {
  const zoned = timeZone ? new TZDate(date.getTime(), timeZone) : date;
  return format(zoned, pattern, { locale: LOCALES[primarySubtag(locale)] ?? enUS });
}
