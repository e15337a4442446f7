import * as parts from '../parts.js';
import { formatNumericPattern, isNumericPattern, withoutTimeOfDay } from './date-pattern.js';
import { dateTimeFormat, relativeTimeFormat } from './intl-cache.js';
import { primarySubtag, type FeedMessages } from './messages.js';

export type DatePreset = 'short' | 'medium' | 'long';
/** `auto`, `relative`, a preset, or a date-fns pattern such as `dd/MM/yyyy | HH:mm`. */
export type DateFormat = 'auto' | 'relative' | DatePreset | (string & {});

export interface DateFormatOptions {
  locale: string;
  timeZone: string | undefined;
  format: DateFormat;
  /** The source gave a day without a time: presets show the day alone. */
  dateOnly?: boolean;
  /** Milliseconds since the epoch, for relative dates. */
  now: number;
  messages: FeedMessages;
}

interface PresetParts {
  date: Intl.DateTimeFormatOptions;
  time?: Intl.DateTimeFormatOptions;
  /** How date and time join; without it one Intl formatter writes both in the locale's own order. */
  join?: string;
}

/** `17:24`: two-digit, 24-hour, as Vietnamese portals write it. */
export const HOUR_MINUTE: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
/** `21/08/2020`: two-digit day and month, day first in Vietnamese. */
export const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
};

/**
 * Vietnamese portals write the day first and the time after it (`21/08/2020 17:24`); ICU's Vietnamese
 * puts the time first, so these presets build the line from two parts.
 */
const PRESETS: Record<string, Record<DatePreset, PresetParts>> = {
  vi: {
    short: { date: DAY_MONTH_YEAR },
    medium: { date: DAY_MONTH_YEAR, time: HOUR_MINUTE, join: ' ' },
    long: { date: { day: 'numeric', month: 'long', year: 'numeric' }, time: HOUR_MINUTE, join: ' lúc ' },
  },
  default: {
    short: { date: { dateStyle: 'short' } },
    medium: { date: { dateStyle: 'medium' }, time: { timeStyle: 'short' } },
    long: { date: { dateStyle: 'long' }, time: { timeStyle: 'short' } },
  },
};

/**
 * date-fns `format` and its locales, for patterns with names, and the reading of patterns written in another
 * tool's language (pattern-support.ts); presets and numeric patterns never need it.
 */
const patternSupport = parts.datePattern;

/**
 * Fetches pattern support; where it cannot arrive (the network, or a site missing that file), dates show in
 * the medium form rather than the list failing.
 */
export const loadPatternSupport = (): Promise<unknown> =>
  patternSupport
    .load()
    .catch((error: unknown) =>
      console.warn(`news-elements: date-format patterns show in the medium form: ${String(error)}`),
    );

/**
 * Whether a format is a date-fns pattern with names (`EEEE, dd/MM/yyyy`), which needs `patternSupport`
 * before it renders. Numeric patterns (`dd/MM/yyyy | HH:mm`) render at once.
 */
export const needsPatternSupport = (format: DateFormat): boolean =>
  format !== 'auto' && format !== 'relative' && !isPreset(format) && !isNumericPattern(format);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatDate(date: Date, options: DateFormatOptions): string {
  const { format } = options;
  if (format === 'relative') return formatRelative(date, options);
  if (format === 'auto') {
    return !options.dateOnly && Math.abs(options.now - date.getTime()) < DAY
      ? formatRelative(date, options)
      : formatPreset(date, 'medium', options);
  }
  if (isPreset(format)) return formatPreset(date, format, options);
  return formatWithPattern(date, format, options);
}

const isPreset = (format: string): format is DatePreset =>
  format === 'short' || format === 'medium' || format === 'long';

/** Whether dates in this format change with the clock, so the element should follow the shared timer. */
export function isClockDependent(format: DateFormat): boolean {
  return format === 'auto' || format === 'relative';
}

/** Preset formatters by locale, preset, zone and day-only: a list formats thousands of dates with a few. */
const presetFormatters = new Map<string, (date: Date) => string>();

function formatPreset(
  date: Date,
  preset: DatePreset,
  { locale, timeZone, dateOnly }: Pick<DateFormatOptions, 'locale' | 'timeZone' | 'dateOnly'>,
): string {
  const key = `${locale}|${preset}|${timeZone ?? ''}|${dateOnly ? 1 : 0}`;
  let format = presetFormatters.get(key);
  if (!format) {
    format = presetFormatter(locale, preset, timeZone, dateOnly);
    presetFormatters.set(key, format);
  }
  return format(date);
}

function presetFormatter(
  locale: string,
  preset: DatePreset,
  timeZone: string | undefined,
  dateOnly: boolean | undefined,
): (date: Date) => string {
  const parts = (PRESETS[primarySubtag(locale)] ?? PRESETS.default)[preset];
  const zoned = { timeZone };
  if (dateOnly || !parts.time || parts.join === undefined) {
    const one = dateTimeFormat(locale, { ...parts.date, ...(dateOnly ? undefined : parts.time), ...zoned });
    return (date) => one.format(date);
  }
  const { join } = parts;
  const day = dateTimeFormat(locale, { ...parts.date, ...zoned });
  const time = dateTimeFormat(locale, { ...parts.time, ...zoned });
  return (date) => `${day.format(date)}${join}${time.format(date)}`;
}

function formatRelative(date: Date, options: DateFormatOptions): string {
  const diff = date.getTime() - options.now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return options.messages.justNow;
  const rtf = relativeTimeFormat(options.locale);
  if (abs < HOUR) return rtf.format(Math.trunc(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.trunc(diff / HOUR), 'hour');
  if (abs < 30 * DAY) return rtf.format(Math.trunc(diff / DAY), 'day');
  if (abs < 365 * DAY) return rtf.format(Math.trunc(diff / (30 * DAY)), 'month');
  return rtf.format(Math.trunc(diff / (365 * DAY)), 'year');
}

/**
 * A numeric pattern renders at once. One with names waits for date-fns' `format` (a moment, once per page)
 * and shows as the medium preset until then; so does a pattern date-fns refuses (a typo in the page's markup
 * must not blank the list).
 */
function formatWithPattern(date: Date, pattern: string, options: DateFormatOptions): string {
  if (isNumericPattern(pattern)) {
    const shown = (options.dateOnly && withoutTimeOfDay(pattern)) || pattern;
    return formatNumericPattern(date, shown, options.timeZone);
  }
  // Pattern support reads another tool's pattern as meant before it leaves out the time of day.
  return (
    patternSupport.loaded?.formatPattern(date, pattern, options) ?? formatPreset(date, 'medium', options)
  );
}
