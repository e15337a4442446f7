import { fromWallTime } from '../i18n/time-zone.js';
import { at, atOffset, impossible, wallTime, zoneMinutes, type DateReading } from './date-forms.js';

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
 * The forms with month or zone names, which RSS uses and few JSON sources do: RFC 822 in English or the
 * feed's own language, and other forms that carry their own zone.
 */
export function readNamedDate(text: string, timeZone: string | undefined, raw: string): DateReading {
  const m = RFC822.exec(text);
  if (m) return fromRfc822(m, timeZone, raw);
  // Other forms that carry their own zone: the browser reads those reliably.
  if (/[a-z]{3}/i.test(text) && /(?:[+-]\d{4}|\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b)\s*$/i.test(text)) {
    const parsed = new Date(text);
    if (!isNaN(parsed.getTime())) return at(parsed);
  }
  return impossible(raw);
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
  return at(atOffset(wall, offset));
}
