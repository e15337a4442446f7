/** Wall-clock fields of a moment, as people in some zone read it. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * One formatter per zone, or null for a zone Intl refuses. It both checks a zone and reads its offsets: the
 * first Intl formatter with a zone costs a page tens of milliseconds (ICU loads the zone's rules), so the
 * check must not build one of its own (bench/profile.mjs).
 */
const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

function offsetFormat(zone: string): Intl.DateTimeFormat | null {
  let format = offsetFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      format = null;
      console.warn(`news-elements: time-zone "${zone}" is not a known IANA zone; using the visitor's zone.`);
    }
    offsetFormats.set(zone, format);
  }
  return format;
}

/**
 * The zone to use: a valid IANA name (or offset) as given, otherwise undefined, meaning the visitor's.
 * A typo in `time-zone` must not blank the widget, so it is reported once and ignored.
 */
export function usableTimeZone(timeZone: string | null | undefined): string | undefined {
  const zone = timeZone?.trim();
  return zone && offsetFormat(zone) ? zone : undefined;
}

/** Minutes east of UTC in `timeZone` (the visitor's when undefined) at `date`, as Intl reads the zone's rules. */
export function offsetMinutes(date: Date, timeZone: string | undefined): number {
  const format = timeZone ? offsetFormat(timeZone) : null;
  if (!format) return -date.getTimezoneOffset();
  // `8/21/2020, GMT+07:00`; plain `GMT` at UTC; local mean times have seconds (`GMT+07:06:30` before 1911).
  const [, sign, hours, minutes, seconds] =
    /([+-])(\d\d):?(\d\d)?(?::(\d\d))?/.exec(format.format(date)) ?? [];
  return sign
    ? Number(`${sign}1`) * (Number(hours) * 60 + Number(minutes ?? 0) + Number(seconds ?? 0) / 60)
    : 0;
}

/**
 * `wall` read as UTC, in milliseconds since the epoch. Years 0–99 stay as given: `Date.UTC` would make
 * them 1900–1999, and year 0001 would show as 1901.
 */
export function utcMilliseconds(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/**
 * The moments every zone writes as a valid HTML date, years 0001 to 9999 on every clock: a day from each
 * end (0001-01-02T00:00Z, 9999-12-31T00:00Z) keeps any zone's offset (the largest, local mean times of the
 * 1800s, are under 16 hours) inside.
 */
const EARLIEST = -62135510400000;
const LATEST = 253402214400000;

/**
 * Whether a date can be shown in any zone: a valid `Date` (the largest is year 275760, far past what a
 * `datetime` can hold once an offset is applied) inside years 0001–9999. Source dates outside it are
 * impossible, so nothing after the adapter meets a date it cannot format.
 */
export function isShowable(date: Date): boolean {
  const time = date.getTime();
  return time >= EARLIEST && time < LATEST;
}

/**
 * The moment at which clocks in `timeZone` show `wall`. The offset is looked up at a first guess and once
 * more at the result, which settles times near a daylight-saving change.
 */
export function fromWallTime(wall: WallTime, timeZone: string | undefined): Date {
  const asUtc = utcMilliseconds(wall);
  const guess = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  return new Date(asUtc - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

/**
 * ISO 8601 with the zone's offset, as `<time datetime>` wants: `2020-08-21T17:24:00+07:00`. HTML offsets
 * are whole minutes, and the local mean times zones kept before standard time have seconds (+07:06:30 in
 * Hồ Chí Minh City until 1906): such an offset is rounded to the minute, as HTML allows for times before
 * time zones, and the clock time is written for the rounded offset, so that it names the same moment.
 */
export function isoWithOffset(date: Date, timeZone: string | undefined): string {
  const offset = Math.round(offsetMinutes(date, timeZone));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wallIso(date, offset).slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2020-08-21` for the calendar day `date` falls on in `timeZone`. */
export function isoDay(date: Date, timeZone: string | undefined): string {
  return wallIso(date, offsetMinutes(date, timeZone)).slice(0, 10);
}

/** The clock time `offset` minutes east of UTC shows at `date`, as ISO 8601 without a zone. */
const wallIso = (date: Date, offset: number): string =>
  new Date(date.getTime() + offset * 60_000).toISOString();

const pad = (n: number): string => String(n).padStart(2, '0');
