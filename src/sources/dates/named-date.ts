import { fromWallTime } from '../../i18n/time-zone.js';
import { at, atOffset, impossible, wallTime, zoneMinutes, type DateReading } from './date-forms.js';

/** Optional weekday (`Fri,`, `Friday`, `Seg,`, `ven.,`), which says nothing the day does not. */
const WEEKDAY = String.raw`(?:\p{L}{2,9}(?!\p{L})\.?,?\s*)?`;
const MONTH = String.raw`(?<month>\p{L}{3,9})(?!\p{L})\.?`;
const TIME = String.raw`(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d{1,9})?)?(?:\s*(?<meridiem>[ap])\.?\s?m\.?)?`;
/**
 * A zone: an offset (`+0700`, `+07:00`, `GMT+0700`, `UTC+7`), a name (`GMT`, `UT`, `EST`, a military
 * letter), or none; then perhaps a comment, as JavaScript's `Date` writes (`(Indochina Time)`).
 */
const ZONE = String.raw`(?:\s*(?:(?:GMT|UTC?)\s*)?(?<offset>[+-]\d{2}:?\d{2}|[+-]\d{1,2}(?![\d:]))|\s*(?<zone>[a-z]{1,4}))?(?:\s*\([^()]*\))?`;
const named = (form: string) => new RegExp(`^${form}$`, 'iu');
/**
 * The named forms, each read by a pattern of ours (never `Date.parse`, which engines do not agree on):
 * - RFC 822 / 2822 / 1123 and 850 as RSS writes them, day first: `Fri, 21 Aug 2020 17:24:00 +0700`,
 *   `21-Aug-2020 10:24 Z`, `Friday, 21-Aug-20 10:24:00 GMT`, two- or four-digit year;
 * - month first, as US sites and JavaScript's `Date` write: `August 21, 2020 5:24 PM EDT`,
 *   `Fri Aug 21 2020 17:24:00 GMT+0700 (Indochina Time)`;
 * - ISO 8601 with a zone name: `2020-08-21 10:24:00 UTC`.
 * Seconds, AM/PM and the zone are optional everywhere; without a zone, the time is the source's.
 */
const FORMS = [
  named(
    String.raw`${WEEKDAY}(?<day>\d{1,2})(?:st|nd|rd|th)?[\s-]+${MONTH}[\s-]+(?<year>\d{2}|\d{4})(?:\s+|\s*,\s*)(?:at\s+)?${TIME}${ZONE}`,
  ),
  named(
    String.raw`${WEEKDAY}${MONTH}\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4}),?\s+(?:at\s+)?${TIME}${ZONE}`,
  ),
  named(String.raw`(?<year>\d{4})-(?<monthNumber>\d{1,2})-(?<day>\d{1,2})(?:T|\s+)${TIME}${ZONE}`),
];
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
 * The forms with month or zone names, which RSS uses and few JSON sources do (see `FORMS`), in English or,
 * for the month, the feed's own language.
 */
export function readNamedDate(text: string, timeZone: string | undefined, raw: string): DateReading {
  for (const form of FORMS) {
    const fields = form.exec(text)?.groups;
    if (fields) return fromFields(fields, timeZone, raw);
  }
  return impossible(raw);
}

function fromFields(
  fields: Record<string, string | undefined>,
  timeZone: string | undefined,
  raw: string,
): DateReading {
  const month = fields.monthNumber ? Number(fields.monthNumber) : monthNamed(fields.month!);
  const hour = hourOf(Number(fields.hour), fields.meridiem);
  if (!month || hour === undefined) return impossible(raw);
  const wall = wallTime(
    yearOf(fields.year!),
    String(month),
    fields.day!,
    String(hour),
    fields.minute,
    fields.second,
  );
  if (!wall) return impossible(raw);
  // An offset that cannot be (`+07:75`) reads as NaN, which `readDate` finds impossible.
  if (fields.offset) return at(atOffset(wall, zoneMinutes(fields.offset)));
  if (!fields.zone) return at(fromWallTime(wall, timeZone));
  const hours = NAMED_ZONES[fields.zone.toUpperCase()];
  return hours === undefined ? impossible(raw) : at(atOffset(wall, hours * 60));
}

function monthNamed(name: string): number | undefined {
  const lower = name.toLowerCase();
  return (
    MONTHS.indexOf(lower.slice(0, 3)) + 1 || LOCALIZED_MONTHS[lower] || LOCALIZED_MONTHS[lower.slice(0, 3)]
  );
}

/** RFC 2822 §4.3: a two-digit year below 50 is 20xx, otherwise 19xx. */
const yearOf = (year: string): string =>
  year.length === 2 ? String(Number(year) + (Number(year) < 50 ? 2000 : 1900)) : year;

/** The 24-hour hour; with AM/PM the hour must be 1–12 (12 AM is midnight). */
function hourOf(hour: number, meridiem: string | undefined): number | undefined {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
}
