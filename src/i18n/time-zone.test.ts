import { expect } from '@open-wc/testing';
import { isoDay, isoWithOffset, isShowable } from './time-zone.js';

/** A valid global date and time string of HTML with an offset (`±HH:MM`, hours 00–23, minutes 00–59). */
const HTML_DATETIME = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-](?:[01]\d|2[0-3]):[0-5]\d$/;

/** The calendar day `date` falls on in `timeZone`, as the visitor reads it (Intl, not our code). */
function dayShown(date: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

describe('isoWithOffset and isoDay', () => {
  // Zones whose offsets had seconds before standard time (local mean time), today's odd offsets, and the
  // visitor's zone (America/New_York in the tests: -04:56:02 before 1883).
  const cases: [string, string | undefined][] = [
    ['1900-06-15T10:00:00Z', 'Asia/Ho_Chi_Minh'],
    ['1906-06-30T16:53:00Z', 'Asia/Ho_Chi_Minh'],
    ['1800-01-01T00:00:00Z', 'Asia/Ho_Chi_Minh'],
    ['0001-06-15T00:00:00Z', 'Asia/Ho_Chi_Minh'],
    ['1900-01-01T12:00:00Z', 'Asia/Kolkata'],
    ['1930-01-01T12:00:00Z', 'Europe/Amsterdam'],
    ['1970-01-01T12:00:00Z', 'Africa/Monrovia'],
    ['1850-01-01T12:00:00Z', undefined],
    ['1850-01-01T12:00:00Z', 'Asia/Manila'],
    ['2020-08-21T10:24:00Z', 'Asia/Kathmandu'],
    ['2020-08-21T10:24:00Z', 'Asia/Ho_Chi_Minh'],
    ['9999-12-30T23:00:00Z', 'Pacific/Kiritimati'],
  ];
  for (const [instant, zone] of cases) {
    it(`writes ${instant} in ${zone ?? 'the visitor zone'} as a valid HTML datetime of the same moment`, () => {
      const date = new Date(instant);
      const iso = isoWithOffset(date, zone);
      expect(iso).to.match(HTML_DATETIME);
      // The offset may be rounded to the minute, the clock time is then written for it: the same moment.
      expect(new Date(iso).getTime()).to.equal(Math.floor(date.getTime() / 1000) * 1000);
      expect(isoDay(date, zone)).to.equal(dayShown(date, zone));
    });
  }
});

describe('isShowable', () => {
  const table: [number, boolean][] = [
    [Date.UTC(2020, 7, 21), true],
    [new Date('0001-01-02T00:00:00Z').getTime(), true],
    [new Date('0001-01-01T23:59:59Z').getTime(), false],
    [new Date('9999-12-30T23:59:59Z').getTime(), true],
    [new Date('9999-12-31T00:00:00Z').getTime(), false],
    [8.64e15, false],
    [-8.64e15, false],
    [NaN, false],
  ];
  for (const [time, showable] of table) {
    it(`${showable ? 'can' : 'cannot'} show ${time}`, () =>
      expect(isShowable(new Date(time))).to.equal(showable));
  }
});
