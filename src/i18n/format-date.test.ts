import { expect } from '@open-wc/testing';
import * as parts from '../parts.js';
import { formatDate, type DateFormatOptions } from './format-date.js';
import { withoutTimeOfDay } from './date-pattern.js';
import { messagesFor } from './messages.js';

const at = new Date('2020-08-21T10:24:00Z');
const options = (
  locale: string,
  format: string,
  extra: Partial<DateFormatOptions> = {},
): DateFormatOptions => ({
  locale,
  format,
  timeZone: 'Asia/Ho_Chi_Minh',
  now: at.getTime(),
  messages: messagesFor(locale),
  ...extra,
});

describe('formatDate', () => {
  before(() => parts.datePattern.load());

  const cases: [string, string, Partial<DateFormatOptions>, string][] = [
    ['vi', 'dd/MM/yyyy | HH:mm', {}, '21/08/2020 | 17:24'],
    ['vi', 'short', {}, '21/08/2020'],
    ['vi', 'medium', {}, '21/08/2020 17:24'],
    ['vi', 'long', {}, '21 tháng 8, 2020 lúc 17:24'],
    ['vi', 'EEEE, dd/MM/yyyy', {}, 'Thứ Sáu, 21/08/2020'],
    ['en', 'EEEE d MMMM yyyy', {}, 'Friday 21 August 2020'],
    ['vi', 'dd/MM/yyyy HH:mm', { timeZone: 'UTC' }, '21/08/2020 10:24'],
    ['vi', 'dd/MM/yyyy | HH:mm', { dateOnly: true }, '21/08/2020'],
    ['vi', 'medium', { dateOnly: true }, '21/08/2020'],
    ['vi', 'relative', { now: at.getTime() + 2 * 3600_000 }, '2 giờ trước'],
    ['en', 'relative', { now: at.getTime() + 2 * 3600_000 }, '2 hours ago'],
    ['en', 'relative', { now: at.getTime() + 3 * 86400_000 }, '3 days ago'],
    ['vi', 'relative', { now: at.getTime() + 30_000 }, 'vừa xong'],
    ['en', 'auto', { now: at.getTime() + 5 * 60_000 }, '5 minutes ago'],
    ['vi', 'auto', { now: at.getTime() + 25 * 3600_000 }, '21/08/2020 17:24'],
  ];
  for (const [locale, format, extra, expected] of cases) {
    it(`${locale} ${format} ${JSON.stringify(extra)} → ${expected}`, () => {
      expect(formatDate(at, options(locale, format, extra))).to.equal(expected);
    });
  }

  it('falls back to the medium form, with one warning, on a broken pattern', () => {
    const original = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(formatDate(at, options('vi', 'yyyy-MM-dd ff'))).to.equal('21/08/2020 17:24');
      formatDate(at, options('vi', 'yyyy-MM-dd ff'));
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
  });
});

describe('withoutTimeOfDay', () => {
  const cases: [string, string][] = [
    ['dd/MM/yyyy | HH:mm', 'dd/MM/yyyy'],
    ['HH:mm dd/MM/yyyy', 'dd/MM/yyyy'],
    ['dd/MM/yyyy, h:mm a', 'dd/MM/yyyy'],
    ["EEEE, dd 'tháng' MM, yyyy", "EEEE, dd 'tháng' MM, yyyy"],
  ];
  for (const [pattern, expected] of cases) {
    it(`${pattern} → ${expected}`, () => expect(withoutTimeOfDay(pattern)).to.equal(expected));
  }
});
