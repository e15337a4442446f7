import { expect } from '@open-wc/testing';
import { loadSourcePatternSupport } from './source-date-format.js';
import { readSourceDate } from './read-date.js';

const HCM = 'Asia/Ho_Chi_Minh';

describe('readSourceDate', () => {
  const readable: [unknown, string | undefined, string, boolean][] = [
    ['2020-08-21T17:24:00+07:00', HCM, '2020-08-21T10:24:00.000Z', false],
    ['2020-08-21T10:24:00Z', undefined, '2020-08-21T10:24:00.000Z', false],
    ['2020-08-21T17:24:00', HCM, '2020-08-21T10:24:00.000Z', false],
    ['2020-08-21 17:24', 'UTC', '2020-08-21T17:24:00.000Z', false],
    ['2020-08-21', HCM, '2020-08-20T17:00:00.000Z', true],
    ['21/08/2020 17:24', HCM, '2020-08-21T10:24:00.000Z', false],
    ['21/08/2020 | 17:24', HCM, '2020-08-21T10:24:00.000Z', false],
    ['21-08-2020, 17:24', HCM, '2020-08-21T10:24:00.000Z', false],
    ['21/08/2020', HCM, '2020-08-20T17:00:00.000Z', true],
    ['1/8/2020 7:05', HCM, '2020-08-01T00:05:00.000Z', false],
    ['17:24 21/08/2020', HCM, '2020-08-21T10:24:00.000Z', false],
    [1598005440, undefined, '2020-08-21T10:24:00.000Z', false],
    [1598005440000, undefined, '2020-08-21T10:24:00.000Z', false],
    ['1598005440', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 10:24:00 GMT', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 17:24:00 +0700', undefined, '2020-08-21T10:24:00.000Z', false],
    // Month and weekday names in the feed's own language (a Brazilian portal, a French one).
    ['Seg, 24 Set 2018 19:42:40 -0300', undefined, '2018-09-24T22:42:40.000Z', false],
    ['ven., 21 août 2020 10:24:00 GMT', undefined, '2020-08-21T10:24:00.000Z', false],
    // RFC 822 as RSS writes it: two-digit years, named zones, offsets, no seconds, no weekday.
    ['Fri, 21 Aug 20 10:24:00 GMT', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 05:24:00 EST', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 06:24:00 EDT', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 04:24:00 CST', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 03:24 PDT', undefined, '2020-08-21T10:24:00.000Z', false],
    ['21 Aug 2020 10:24:00 UT', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 17:24:00 +07:00', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 17:24:00', HCM, '2020-08-21T10:24:00.000Z', false],
    ['Sat, 1 Jan 99 00:00:00 GMT', undefined, '1999-01-01T00:00:00.000Z', false],
    ['Wed, 03 Jan 2018 14:11:52 GMT', undefined, '2018-01-03T14:11:52.000Z', false],
    // An offset-less time takes the offset in force on its own day (EST after the autumn change), not today's.
    ['2020-11-01T12:00:00', 'America/New_York', '2020-11-01T17:00:00.000Z', false],
  ];
  for (const [value, zone, iso, dateOnly] of readable) {
    it(`reads ${JSON.stringify(value)} in ${zone ?? 'the visitor zone'}`, () => {
      const reading = readSourceDate(value, zone);
      expect(reading && 'date' in reading ? reading.date.toISOString() : reading).to.equal(iso);
      expect(reading && 'date' in reading && reading.dateOnly).to.equal(dateOnly);
    });
  }

  for (const impossible of [
    '32/13/2020 | 25:61',
    '2020-02-30',
    '31/04/2021',
    '21/08/2020 24:00',
    'hôm qua',
    'Fri, 31 Feb 2020 10:24:00 GMT',
    'Fri, 21 Foo 2020 10:24:00 GMT',
    { at: 1 },
  ]) {
    it(`calls ${JSON.stringify(impossible)} impossible`, () => {
      const reading = readSourceDate(impossible, HCM);
      expect(reading && 'invalid' in reading).to.equal(true);
    });
  }

  for (const absent of [undefined, null, '', '   ']) {
    it(`treats ${JSON.stringify(absent)} as absent`, () =>
      expect(readSourceDate(absent, HCM)).to.equal(undefined));
  }
});

describe('readSourceDate with source-date-format', () => {
  before(() => loadSourcePatternSupport());

  const table: [string, string, string | undefined, string, boolean][] = [
    ['08/21/2020 05:24 PM', 'MM/dd/yyyy hh:mm a', HCM, '2020-08-21T10:24:00.000Z', false],
    ['21.08.2020 17g24', "dd.MM.yyyy HH'g'mm", HCM, '2020-08-21T10:24:00.000Z', false],
    ['21.08.2020 17g24', "dd.MM.yyyy HH'g'mm", 'UTC', '2020-08-21T17:24:00.000Z', false],
    ['21 tháng 08, 2020', "dd 'tháng' MM, yyyy", HCM, '2020-08-20T17:00:00.000Z', true],
    ['2020/08/21 17:24 +07:00', 'yyyy/MM/dd HH:mm XXX', 'UTC', '2020-08-21T10:24:00.000Z', false],
    // A value that does not fit the pattern is still read in the built-in forms.
    ['2020-08-21T10:24:00Z', 'MM/dd/yyyy', HCM, '2020-08-21T10:24:00.000Z', false],
  ];
  for (const [value, pattern, zone, iso, dateOnly] of table) {
    it(`reads ${value} with ${pattern} in ${zone}`, () => {
      const reading = readSourceDate(value, zone, pattern);
      expect(reading && 'date' in reading ? reading.date.toISOString() : reading).to.equal(iso);
      expect(reading && 'date' in reading && reading.dateOnly).to.equal(dateOnly);
    });
  }

  it('is needed for forms the built-in reader calls impossible', () => {
    const reading = readSourceDate('08/21/2020 05:24 PM', HCM);
    expect(reading && 'invalid' in reading).to.equal(true);
  });
});
