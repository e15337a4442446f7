import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz/date';
import { vi } from 'date-fns/locale/vi';
import { enUS } from 'date-fns/locale/en-US';
import { primarySubtag } from './messages.js';

const LOCALES: Record<string, typeof enUS> = { vi, en: enUS };

/**
 * date-fns patterns (`dd/MM/yyyy | HH:mm`) in a zone, or undefined for a pattern date-fns refuses (said
 * once in the console). Loaded on demand: presets need only Intl, and this is the heaviest part of date
 * display.
 */
export function formatPattern(
  date: Date,
  pattern: string,
  { locale, timeZone, dateOnly }: { locale: string; timeZone: string | undefined; dateOnly?: boolean },
): string | undefined {
  const zoned = timeZone ? new TZDate(date.getTime(), timeZone) : date;
  try {
    const shown = (dateOnly && withoutTimeOfDay(pattern)) || pattern;
    return format(zoned, shown, { locale: LOCALES[primarySubtag(locale)] ?? enUS });
  } catch (error) {
    warnOnce(pattern, error);
    return undefined;
  }
}

/**
 * A source that gave only a day must not show a made-up `00:00`: `dd/MM/yyyy | HH:mm` becomes `dd/MM/yyyy`.
 * Time fields (hours, minutes, seconds, day period) and the separators around them go.
 */
export function withoutTimeOfDay(pattern: string): string {
  const kept = pattern.replace(/'[^']*'|[^']+/g, (segment) =>
    segment.startsWith("'") ? segment : segment.replace(/[HhKkmsSaBb]+(?:[:.][HhKkmsSaBb]+)*/g, ''),
  );
  return kept.replace(/^[\s|,:.–-]+|[\s|,:.–-]+$/g, '');
}

const warnedPatterns = new Set<string>();
function warnOnce(pattern: string, error: unknown): void {
  if (warnedPatterns.has(pattern)) return;
  warnedPatterns.add(pattern);
  console.warn(`news-elements: date-format "${pattern}" is not a valid date-fns pattern:`, error);
}
