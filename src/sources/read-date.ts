import { fromWallTime, type WallTime } from '../i18n/time-zone.js';
import { readWithPattern } from './parse-date-pattern.js';

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
/**
 * RFC 822 / 2822 / 1123 as RSS writes it: optional weekday, two- or four-digit year, optional seconds, and a
 * zone that is an offset, `GMT`/`UT`/`UTC`/`Z`, a North American name or a military letter (or missing).
 */
const RFC822 =
  /^(?:[\p{L}]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([\p{L}]{3,9})\.?[\s-]+(\d{2}|\d{4})(?:\s+|\s*,\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-]\d{2}:?\d{2})|([a-z]{1,4}))?$/iu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * Month abbreviations that feeds in other languages put where RFC 822 wants English ones (a Brazilian portal
 * writes `Seg, 24 Set 2018`): Portuguese, Spanish, French, German, Italian, Dutch. Those that differ only.
 */
const LOCALIZED_MONTHS: Record<string, number> = {
  fev: 2,
  abr: 4,
  mai: 5,
  ago: 8,
  set: 9,
  out: 10,
  dez: 12,
  ene: 1,
  dic: 12,
  janv: 1,
  fév: 2,
  fevr: 2,
  févr: 2,
  mars: 3,
  avr: 4,
  juin: 6,
  juil: 7,
  aoû: 8,
  aout: 8,
  août: 8,
  déc: 12,
  mär: 3,
  mrz: 3,
  okt: 10,
  gen: 1,
  mag: 5,
  giu: 6,
  lug: 7,
  ott: 10,
  mei: 5,
};
const NAMED_ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  // Military letters (RFC 2822 says to treat them as -0000, but feeds that use them mean the real zone).
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  I: 9,
  K: 10,
  L: 11,
  M: 12,
  N: -1,
  O: -2,
  P: -3,
  Q: -4,
  R: -5,
  S: -6,
  T: -7,
  U: -8,
  V: -9,
  W: -10,
  X: -11,
  Y: -12,
};

/**
 * Reads the date forms ward sites publish, without configuration. Dates without an offset are wall-clock
 * times in `timeZone` (the visitor's when undefined).
 */
export function readSourceDate(value: unknown, timeZone: string | undefined, pattern?: string): DateReading {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return isNaN(value.getTime()) ? { invalid: 'Invalid Date' } : at(value);
  if (typeof value === 'number') return fromUnix(value);
  if (typeof value !== 'string') return { invalid: `${typeof value} ${JSON.stringify(value)}` };
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;

  if (pattern) {
    // `source-date-format` first; a value that does not fit it may still be in a built-in form (RSS dates).
    const reading = readWithPattern(text, pattern);
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
    if (m[8])
      return at(
        new Date(
          Date.UTC(
            wall.year,
            wall.month - 1,
            wall.day,
            wall.hour,
            wall.minute,
            wall.second,
            wall.millisecond,
          ) -
            zoneMinutes(m[8]) * 60_000,
        ),
        dateOnly,
      );
    return at(fromWallTime(wall, timeZone), dateOnly);
  }
  m = DAY_FIRST.exec(text);
  if (m) return fromWall(wallTime(m[3], m[2], m[1], m[4], m[5], m[6]), m[4] === undefined, timeZone, value);
  m = TIME_FIRST.exec(text);
  if (m) return fromWall(wallTime(m[6], m[5], m[4], m[1], m[2], m[3]), false, timeZone, value);

  m = RFC822.exec(text);
  if (m) return fromRfc822(m, timeZone, value);

  // Other forms that carry their own zone: the browser reads those reliably.
  if (/[a-z]{3}/i.test(text) && /(?:[+-]\d{4}|\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b)\s*$/i.test(text)) {
    const parsed = new Date(text);
    if (!isNaN(parsed.getTime())) return at(parsed);
  }
  return impossible(value);
}

function fromWall(
  wall: WallTime | undefined,
  dateOnly: boolean,
  timeZone: string | undefined,
  raw: string,
): DateReading {
  return wall ? at(fromWallTime(wall, timeZone), dateOnly) : impossible(raw);
}

function fromRfc822(m: RegExpExecArray, timeZone: string | undefined, raw: string): DateReading {
  const name = m[2].toLowerCase();
  const month =
    MONTHS.indexOf(name.slice(0, 3)) + 1 || LOCALIZED_MONTHS[name] || LOCALIZED_MONTHS[name.slice(0, 3)];
  if (!month) return impossible(raw);
  // RFC 2822 §4.3: a two-digit year below 50 is 20xx, otherwise 19xx.
  const year = m[3].length === 2 ? Number(m[3]) + (Number(m[3]) < 50 ? 2000 : 1900) : Number(m[3]);
  const wall = wallTime(String(year), String(month), m[1], m[4], m[5], m[6]);
  if (!wall) return impossible(raw);
  let offset: number | undefined;
  if (m[7]) offset = zoneMinutes(m[7]);
  else if (m[8]) {
    const hours = NAMED_ZONES[m[8].toUpperCase()];
    if (hours === undefined) return impossible(raw);
    offset = hours * 60;
  }
  if (offset === undefined) return at(fromWallTime(wall, timeZone));
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return at(new Date(utc - offset * 60_000));
}

function fromUnix(n: number): DateReading {
  if (!Number.isFinite(n)) return { invalid: String(n) };
  // Below 10^11 a value cannot be milliseconds of any plausible news date (that is 1973): it is seconds.
  const ms = Math.abs(n) < 1e11 ? n * 1000 : n;
  return at(new Date(ms));
}

function at(date: Date, dateOnly = false): SourceDate {
  return { date, dateOnly };
}

function impossible(raw: unknown): { invalid: string } {
  return { invalid: `"${String(raw)}"` };
}

function zoneMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
}

function wallTime(
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
  const daysInMonth = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
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
