import { expect } from '@open-wc/testing';
import { readSourceDate } from './read-date.js';

const HCM = 'Asia/Ho_Chi_Minh';

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
  // Forms with names that only the engine's `Date.parse` used to read (WebKit refuses some), now our own.
  ['21-Aug-2020 10:24 Z', undefined, '2020-08-21T10:24:00.000Z', false],
  ['Friday, 21-Aug-20 10:24:00 GMT', undefined, '2020-08-21T10:24:00.000Z', false],
  ['Fri Aug 21 2020 17:24:00 GMT+0700 (Indochina Time)', undefined, '2020-08-21T10:24:00.000Z', false],
  ['Friday, August 21, 2020 10:24 GMT', undefined, '2020-08-21T10:24:00.000Z', false],
  ['August 21, 2020 6:24 AM EDT', undefined, '2020-08-21T10:24:00.000Z', false],
  ['Aug 21st, 2020 at 5:24 pm', HCM, '2020-08-21T10:24:00.000Z', false],
  ['21 Aug 2020 12:24 AM GMT', undefined, '2020-08-21T00:24:00.000Z', false],
  ['21 Aug 2020 12:24 PM UTC+7', undefined, '2020-08-21T05:24:00.000Z', false],
  ['2020-08-21 10:24:00 UTC', HCM, '2020-08-21T10:24:00.000Z', false],
  ['2020-08-21T17:24:00 GMT+07:00', undefined, '2020-08-21T10:24:00.000Z', false],
  // Years as given: `Date.UTC` made 0001 into 1901 (and read the day in 1901's calendar).
  ['0001-06-15T00:00:00Z', undefined, '0001-06-15T00:00:00.000Z', false],
  ['0099-12-31', 'UTC', '0099-12-31T00:00:00.000Z', true],
  ['29/02/0004', 'UTC', '0004-02-29T00:00:00.000Z', true],
  ['Fri, 15 Jun 0001 00:00:00 GMT', undefined, '0001-06-15T00:00:00.000Z', false],
  // The last days every zone can show.
  ['9999-12-30T00:00:00Z', undefined, '9999-12-30T00:00:00.000Z', false],
  [99999999999, undefined, '5138-11-16T09:46:39.000Z', false],
  [253402041600000, undefined, '9999-12-29T00:00:00.000Z', false],
];

describe('readSourceDate', () => {
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
    // Moments a `Date` holds but no zone can write as an HTML date, and what is no `Date` at all.
    8640000000000000,
    -8640000000000000,
    8640000000000001,
    '8640000000000000',
    253402300800000,
    '0000-06-15',
    '0001-01-01T00:00:00Z',
    '9999-12-31T12:00:00Z',
    new Date(NaN),
    new Date(8.64e15),
    // Offsets and hours that cannot be.
    '2020-08-21T10:24:00+07:75',
    '2020-08-21T10:24:00+24:00',
    'Fri, 21 Aug 2020 10:24:00 +0799',
    '21 Aug 2020 13:24 PM GMT',
    '21 Aug 2020 0:24 AM GMT',
    'Aug 21 2020 10:24 XYZ',
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

describe('readSourceDate with our own code only', () => {
  it('reads every form the same when the engine cannot parse a date text', () => {
    const RealDate = Date;
    const refuse = () => {
      throw new Error('a source date went to the engine’s date parser');
    };
    globalThis.Date = new Proxy(RealDate, {
      construct: (target, args: unknown[]) =>
        typeof args[0] === 'string' ? refuse() : (Reflect.construct(target, args) as Date),
      get: (target, key) => (key === 'parse' ? refuse : (Reflect.get(target, key) as unknown)),
    });
    const read: unknown[] = [];
    try {
      for (const [value, zone] of readable) {
        const reading = readSourceDate(value, zone);
        read.push(reading && 'date' in reading ? reading.date.toISOString() : reading);
      }
    } finally {
      globalThis.Date = RealDate;
    }
    expect(read).to.deep.equal(readable.map(([, , iso]) => iso));
  });
});

describe('readSourceDate with source-date-format', () => {
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
