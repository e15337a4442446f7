import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz/date';
import { vi } from 'date-fns/locale/vi';
import { enUS } from 'date-fns/locale/en-US';
import { primarySubtag } from './messages.js';

const LOCALES: Record<string, typeof enUS> = { vi, en: enUS };

/**
 * date-fns patterns with names (`EEEE, dd MMMM yyyy`) in a zone, or undefined for a pattern date-fns refuses
 * (said once in the console). Loaded on demand: the locale data is the heaviest part of date display, and
 * presets and numeric patterns (date-pattern.ts) need none of it.
 */
export function formatPattern(
  date: Date,
  pattern: string,
  { locale, timeZone }: { locale: string; timeZone: string | undefined },
): string | undefined {
  const zoned = timeZone ? new TZDate(date.getTime(), timeZone) : date;
  try {
    return format(zoned, pattern, { locale: LOCALES[primarySubtag(locale)] ?? enUS });
  } catch (error) {
    warnOnce(pattern, error);
    return undefined;
  }
}

const warnedPatterns = new Set<string>();
function warnOnce(pattern: string, error: unknown): void {
  if (warnedPatterns.has(pattern)) return;
  warnedPatterns.add(pattern);
  console.warn(`news-elements: date-format "${pattern}" is not a valid date-fns pattern:`, error);
}
