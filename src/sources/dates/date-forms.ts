import { fromWallTime, isShowable, utcMilliseconds, type WallTime } from '../../i18n/time-zone.js';

/** A date read from a source. */
export interface SourceDate {
  date: Date;
  /** The source named a calendar day, no time of day. */
  dateOnly: boolean;
}

/** Absent (undefined), readable, or present but impossible (an error message naming the value). */
export type DateReading = SourceDate | { invalid: string } | undefined;

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Day-first portal forms: `21/08/2020 17:24`, `21/08/2020 | 17:24`, `21-08-2020, 17:24`, `21.08.2020`. */
const DAY_FIRST =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[,|]?\s*(?:lúc\s+)?(\d{1,2})[:hg](\d{2})(?::(\d{2}))?)?$/i;
/** The same forms with the time first, as some portals print them: `17:24 21/08/2020`. */
const TIME_FIRST =
  /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*[,|]?\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/i;
const UNIX = /^-?\d{9,13}$/;

/** Reads a date text in the forms the common ones leave (see named-date.ts); `raw` is the value as given. */
export type NamedDateReader = (text: string, timeZone: string | undefined, raw: string) => DateReading;

/** What a `source-date-format` pattern reads from a text: wall-clock fields, or an instant when it has a zone. */
export type PatternReading =
  { wall: WallTime; dateOnly: boolean } | { instant: Date; dateOnly: boolean } | undefined;

/** A `source-date-format` pattern with its reader (source-date-format-reader.ts, date-fns `parse`). */
export interface SourcePattern {
  pattern: string;
  read: (text: string, pattern: string) => PatternReading;
}

/**
 * Reads the date forms ward sites publish, without configuration, with our own code only: engines differ
 * in what `Date.parse` accepts (WebKit refuses forms Chromium reads). Dates without an offset are
 * wall-clock times in `timeZone` (the visitor's when undefined). Forms with month or zone names are read
 * by `readNamed` (named-date.ts), which most sources never need; without it, a value that needs it gives
 * `null`: load it and read again. A date that is read is always one every zone can show (`isShowable`):
 * any other, the largest `Date` included, is impossible, so that nothing past the adapter meets a date it
 * cannot format.
 */
export function readDate(
  value: unknown,
  timeZone: string | undefined,
  pattern: SourcePattern | undefined,
  readNamed: NamedDateReader,
): DateReading;
export function readDate(
  value: unknown,
  timeZone: string | undefined,
  pattern: SourcePattern | undefined,
  readNamed?: NamedDateReader,
): DateReading | null;
export function readDate(
  value: unknown,
  timeZone: string | undefined,
  pattern: SourcePattern | undefined,
  readNamed?: NamedDateReader,
): DateReading | null {
  const reading = readAnyForm(value, timeZone, pattern, readNamed);
  return reading && 'date' in reading && !isShowable(reading.date) ? impossible(value) : reading;
}

function readAnyForm(
  value: unknown,
  timeZone: string | undefined,
  pattern: SourcePattern | undefined,
  readNamed?: NamedDateReader,
): DateReading | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return at(value);
  if (typeof value === 'number') return fromUnix(value);
  if (typeof value !== 'string') return { invalid: `${typeof value} ${JSON.stringify(value)}` };
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;

  if (pattern) {
    // `source-date-format` first; a value that does not fit it may still be in a built-in form (RSS dates).
    const reading = pattern.read(text, pattern.pattern);
    if (reading)
      return at(
        'instant' in reading ? reading.instant : fromWallTime(reading.wall, timeZone),
        reading.dateOnly,
      );
  }

  if (UNIX.test(text)) return fromUnix(Number(text));

  let m = ISO.exec(text);
  if (m) {
    const wall = wallTime(m[1], m[2], m[3], m[4], m[5], m[6], m[7]);
    if (!wall) return impossible(value);
    const dateOnly = m[4] === undefined;
    if (m[8]) return at(atOffset(wall, zoneMinutes(m[8])), dateOnly);
    return at(fromWallTime(wall, timeZone), dateOnly);
  }
  m = DAY_FIRST.exec(text);
  if (m) return fromWall(wallTime(m[3], m[2], m[1], m[4], m[5], m[6]), m[4] === undefined, timeZone, value);
  m = TIME_FIRST.exec(text);
  if (m) return fromWall(wallTime(m[6], m[5], m[4], m[1], m[2], m[3]), false, timeZone, value);

  if (readNamed) return readNamed(text, timeZone, value);
  // Every other form names a month or a zone: a text without letters is impossible without the named forms.
  return /\p{L}/u.test(text) ? null : impossible(value);
}

function fromWall(
  wall: WallTime | undefined,
  dateOnly: boolean,
  timeZone: string | undefined,
  raw: string,
): DateReading {
  return wall ? at(fromWallTime(wall, timeZone), dateOnly) : impossible(raw);
}

function fromUnix(n: number): DateReading {
  // Below 10^11 a value cannot be milliseconds of any plausible news date (that is 1973): it is seconds.
  const ms = Math.abs(n) < 1e11 ? n * 1000 : n;
  return at(new Date(ms));
}

/** The moment at which clocks `offset` minutes east of UTC show `wall`. */
export function atOffset(wall: WallTime, offset: number): Date {
  return new Date(utcMilliseconds(wall) - offset * 60_000);
}

export function at(date: Date, dateOnly = false): SourceDate {
  return { date, dateOnly };
}

export function impossible(raw: unknown): { invalid: string } {
  return { invalid: `"${String(raw)}"` };
}

/** Minutes east of UTC of `Z` or `±HH[[:]MM]`; NaN for an offset that cannot be (`+07:75`, `+25:00`). */
export function zoneMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  const hours = Number(m?.[2]);
  const minutes = Number(m?.[3] ?? 0);
  if (!m || hours > 23 || minutes > 59) return NaN;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

export function wallTime(
  year: string,
  month: string,
  day: string,
  hour = '0',
  minute = '0',
  second = '0',
  fraction = '0',
): WallTime | undefined {
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millisecond: Math.round(Number(`0.${fraction}`) * 1000),
  };
  // Day 0 of the next month is this month's last (set with the full year: `Date.UTC` would read 0001 as 1901).
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(wall.year, wall.month, 0);
  const daysInMonth = lastDay.getUTCDate();
  const possible =
    wall.month >= 1 &&
    wall.month <= 12 &&
    wall.day >= 1 &&
    wall.day <= daysInMonth &&
    wall.hour <= 23 &&
    wall.minute <= 59 &&
    wall.second <= 59;
  return possible ? wall : undefined;
}
