import { expect } from '@open-wc/testing';
import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz/date';
import * as parts from '../parts.js';
import { formatDate, needsPatternSupport } from './format-date.js';
import { formatNumericPattern, isNumericPattern } from './date-pattern.js';
import { messagesFor } from './messages.js';

/**
 * Numeric patterns, written without date-fns' `format` and its locales. A page of its own: nothing here may
 * load them through `parts.datePattern` (the test compares with date-fns' `format`, imported directly).
 */
describe('numeric date patterns', () => {
  const options = (format: string, timeZone: string | undefined, dateOnly = false) => ({
    locale: 'vi',
    format,
    timeZone,
    dateOnly,
    now: Date.now(),
    messages: messagesFor('vi'),
  });

  it('render the seed pattern at once, without downloading date-fns format', () => {
    const at = new Date('2020-08-21T10:24:00Z');
    expect(formatDate(at, options('dd/MM/yyyy | HH:mm', 'Asia/Ho_Chi_Minh'))).to.equal('21/08/2020 | 17:24');
    expect(formatDate(at, options("'Ngày' d/M/yy 'lúc' H'g'mm", 'UTC'))).to.equal('Ngày 21/8/20 lúc 10g24');
    expect(formatDate(at, options('dd/MM/yyyy | HH:mm', 'Asia/Ho_Chi_Minh', true))).to.equal('21/08/2020');
    expect(needsPatternSupport('dd/MM/yyyy | HH:mm')).to.equal(false);
    expect(parts.datePattern.loaded).to.equal(undefined);
  });

  const numeric = [
    'dd/MM/yyyy | HH:mm',
    "'Ngày' dd/MM/yyyy",
    "dd 'tháng' M, yyyy 'lúc' H'g'mm",
    "yyyy-MM-dd'T'HH:mm:ss.SSS",
    'd/M/yy h:mm:ss',
    "''dd''",
    "HH:mm 'unterminated",
    'y yyyyy S SS SSSS',
  ];
  const named = [
    'EEEE, dd/MM/yyyy',
    'MMM d',
    'dd MMMM yyyy',
    'h:mm a',
    'P',
    'Pp',
    'yo',
    'do MMM',
    'ddd',
    "it''s yyyy",
  ];

  it('tells numeric patterns from those with names, periods or localized forms', () => {
    for (const pattern of numeric) expect(isNumericPattern(pattern), pattern).to.equal(true);
    for (const pattern of named) expect(isNumericPattern(pattern), pattern).to.equal(false);
    // Fields date-fns refuses (week years, days of the year) are not numeric here: `format` reports them.
    for (const pattern of ['YYYY', 'DD/MM/yyyy']) expect(isNumericPattern(pattern), pattern).to.equal(false);
  });

  it('write what date-fns format writes, in zones with and without daylight saving', () => {
    const zones = ['Asia/Ho_Chi_Minh', 'America/New_York', 'Australia/Lord_Howe', 'Europe/London', 'UTC'];
    let checked = 0;
    for (const zone of zones) {
      for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2031, 0, 1); t += 86_400_000 * 13.7 + 3_600_123) {
        for (const pattern of numeric) {
          const expected = format(new TZDate(t, zone), pattern);
          expect(formatNumericPattern(new Date(t), pattern, zone), `${zone} ${t} ${pattern}`).to.equal(
            expected,
          );
          checked++;
        }
      }
    }
    expect(checked).to.be.greaterThan(30_000);
  });

  it("shows a zone's wall clock that falls in a daylight-saving gap of the visitor's own zone", () => {
    // Test pages run in America/New_York, whose clocks skipped 02:00–03:00 on 14 March 2021; in Vietnam it
    // was 02:30 then, a time a local Date cannot hold.
    const at = new Date('2021-03-13T19:30:00Z');
    expect(formatNumericPattern(at, 'dd/MM/yyyy HH:mm', 'Asia/Ho_Chi_Minh')).to.equal('14/03/2021 02:30');
  });

  it("uses the visitor's zone when none is given", () => {
    const at = new Date('2020-08-21T10:24:00Z');
    // America/New_York, the zone test pages run in: UTC−4 in August.
    expect(formatNumericPattern(at, 'dd/MM/yyyy HH:mm', undefined)).to.equal('21/08/2020 06:24');
  });
});
